import type { OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { feedback, people, users, workItems } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { type FeedbackInput, feedbackSchemas } from "../../shared/schemas/feedback";
import type { AppEnv, RequiredDeps } from "../deps";
import { invalid } from "../problem";
import { registerResource } from "../resource";
import { feedbackListShape, loadFeedback } from "../services/feedback";

/** Links that point nowhere are the client's mistake, named at their field. */
async function checkLinks(input: FeedbackInput, db: Db) {
  const exists = async (table: typeof people | typeof workItems | typeof users, id: string | null) =>
    id === null || (await db.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;
  const errors = [];
  if (!(await exists(people, input.personId))) {
    errors.push({ path: "personId", message: "Choose a person from the directory" });
  }
  if (!(await exists(workItems, input.workItemId))) {
    errors.push({ path: "workItemId", message: "Choose a work item that exists" });
  }
  if (!(await exists(users, input.actionOwnerId))) {
    errors.push({ path: "actionOwnerId", message: "Choose an owner from the staff list" });
  }
  if (errors.length) throw invalid(errors);
}

/** Feedback and its actions: whether an action is overdue is worked out from today. */
export function feedbackRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const today = () => calendarDate(deps.clock());
  registerResource(app, deps, {
    resource: "feedback",
    path: "/api/feedback",
    // What someone told us is part of their record: reading it, or one person's list, is recorded.
    audit: { reads: true, listSubject: (query) => query.personId },
    tags: ["feedback"],
    label: "The feedback",
    what: "this feedback",
    table: feedback,
    schemas: feedbackSchemas,
    summaries: {
      list: "Feedback and its actions; actions=open lists open actions, overdue first",
      read: "One piece of feedback",
      create: "Log feedback (lead, events, admin)",
      update: "Change feedback or its action; send the version you last read",
      delete: "Delete feedback",
    },
    load: (db, options) => loadFeedback(db, options, today()),
    list: (query) => feedbackListShape(query, today()),
    check: checkLinks,
  });
}
