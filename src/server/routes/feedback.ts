import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { people, users, workItems } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { canEditPeople } from "../../shared/permissions";
import { pageOf } from "../../shared/schemas/common";
import {
  type FeedbackInput,
  feedback,
  feedbackInput,
  feedbackListQuery,
  feedbackPatch,
} from "../../shared/schemas/feedback";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import {
  deleteFeedback,
  findFeedbackRow,
  insertFeedback,
  listFeedback,
  toFeedback,
  updateFeedback,
} from "../services/feedback";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["feedback"];

const list = createRoute({
  ...permit("feedback.read"),
  method: "get",
  path: "/api/feedback",
  tags,
  summary: "Feedback and its actions; actions=open lists open actions, overdue first",
  request: { query: feedbackListQuery },
  responses: { 200: json(pageOf(feedback), "A page of feedback"), ...problemResponses(400, 401) },
});
const create = createRoute({
  ...permit("feedback.create"),
  method: "post",
  path: "/api/feedback",
  tags,
  summary: "Log feedback (lead, events, admin)",
  request: { body: { required: true, content: { "application/json": { schema: feedbackInput } } } },
  responses: { 201: json(feedback, "Created"), ...problemResponses(401, 403, 413, 422) },
});
const read = createRoute({
  ...permit("feedback.read"),
  method: "get",
  path: "/api/feedback/{id}",
  tags,
  summary: "One piece of feedback",
  request: { params },
  responses: { 200: json(feedback, "The feedback"), ...problemResponses(401, 404) },
});
const patch = createRoute({
  ...permit("feedback.update"),
  method: "patch",
  path: "/api/feedback/{id}",
  tags,
  summary: "Change feedback or its action; send the version you last read",
  request: { params, body: { required: true, content: { "application/json": { schema: feedbackPatch } } } },
  responses: { 200: json(feedback, "Updated (version + 1)"), ...problemResponses(401, 403, 404, 409, 413, 422) },
});
const remove = createRoute({
  ...permit("feedback.delete"),
  method: "delete",
  path: "/api/feedback/{id}",
  tags,
  summary: "Delete feedback",
  request: { params },
  responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export function feedbackRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const today = () => calendarDate(deps.clock());
  const mayEdit = (user: AppEnv["Variables"]["user"]) => {
    if (!canEditPeople(user)) throw forbidden("Your role can read feedback but not log or change it.");
  };
  const existing = async (id: string) => {
    const row = isUuid(id) ? await findFeedbackRow(deps.db, id) : null;
    if (!row) throw notFound("The feedback");
    return row;
  };
  /** Links that point nowhere are the client's mistake, named at their field. */
  const checkLinks = async (input: FeedbackInput) => {
    const errors = [];
    const exists = async (table: typeof people | typeof workItems | typeof users, id: string) =>
      (await deps.db.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;
    if (input.personId && !(await exists(people, input.personId))) {
      errors.push({ path: "personId", message: "Choose a person from the directory" });
    }
    if (input.workItemId && !(await exists(workItems, input.workItemId))) {
      errors.push({ path: "workItemId", message: "Choose a work item that exists" });
    }
    if (input.actionOwnerId && !(await exists(users, input.actionOwnerId))) {
      errors.push({ path: "actionOwnerId", message: "Choose an owner from the staff list" });
    }
    if (errors.length) throw invalid(errors);
  };

  app.openapi(list, async (c) => c.json(await listFeedback(deps.db, c.req.valid("query"), today()), 200));

  app.openapi(read, async (c) => c.json(toFeedback(await existing(c.req.valid("param").id), today()), 200));

  app.openapi(create, async (c) => {
    mayEdit(c.get("user"));
    const input = c.req.valid("json");
    await checkLinks(input);
    return c.json(toFeedback(await insertFeedback(deps.db, input, deps.clock()), today()), 201);
  });

  app.openapi(patch, async (c) => {
    mayEdit(c.get("user"));
    const { version, ...changes } = c.req.valid("json");
    const row = await existing(c.req.valid("param").id);
    if (version !== row.version) {
      throw new ApiError(
        409,
        "Conflict",
        "Someone else changed this feedback since you opened it. Reload to see their changes.",
      );
    }
    const { id: _id, overdue: _o, version: _v, createdAt: _c, updatedAt: _u, ...current } = toFeedback(row, today());
    const merged = feedbackInput.safeParse({ ...current, ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    await checkLinks(merged.data);
    const updated = await updateFeedback(deps.db, row.id, version, merged.data, deps.clock());
    if (!updated) throw new ApiError(409, "Conflict", "Someone else changed this feedback a moment ago.");
    return c.json(toFeedback(updated, today()), 200);
  });

  app.openapi(remove, async (c) => {
    mayEdit(c.get("user"));
    const row = await existing(c.req.valid("param").id);
    await deleteFeedback(deps.db, row.id);
    return c.body(null, 204);
  });
}
