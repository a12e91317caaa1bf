import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { feedback } from "../../db/schema";
import type { ActionStatus, Feedback, FeedbackListQuery } from "../../shared/schemas/feedback";
import { type LoadOptions, withOptions } from "../resource";
import { everyRecord } from "./in-order";

type Row = typeof feedback.$inferSelect;
const openStatuses: readonly ActionStatus[] = ["open", "in_progress"];

function toFeedback(row: Row, today: string): Feedback {
  return {
    id: row.id,
    personId: row.personId,
    workItemId: row.workItemId,
    receivedOn: row.receivedOn,
    channel: row.channel,
    summary: row.summary,
    action: row.action,
    actionOwnerId: row.actionOwnerId,
    actionDueOn: row.actionDueOn,
    actionStatus: row.actionStatus,
    wontDoReason: row.wontDoReason,
    toldBackOn: row.toldBackOn,
    overdue: openStatuses.includes(row.actionStatus) && row.actionDueOn !== null && row.actionDueOn < today,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The list's filters and order, shared by the paged list and the export. */
export function feedbackListShape(query: FeedbackListQuery, today: string) {
  const filters: SQL[] = [];
  if (query.personId) filters.push(eq(feedback.personId, query.personId));
  if (query.workItemId) filters.push(eq(feedback.workItemId, query.workItemId));
  if (query.actionStatus) filters.push(eq(feedback.actionStatus, query.actionStatus));
  if (query.actions === "open") filters.push(inArray(feedback.actionStatus, openStatuses));
  const where = filters.length ? and(...filters) : undefined;
  // Open actions: overdue first, then by due date; otherwise newest first.
  const orderBy =
    query.actions === "open"
      ? [
          sql`(${feedback.actionDueOn} is not null and ${feedback.actionDueOn} < ${today}) desc`,
          sql`${feedback.actionDueOn} asc nulls last`,
          asc(feedback.id),
        ]
      : [desc(feedback.receivedOn), asc(feedback.id)];
  return { where, orderBy };
}

/** Every feedback record the list would show, in its order, a batch at a time (for exports). */
export function exportFeedback(db: Db, query: FeedbackListQuery, today: string) {
  const { where, orderBy } = feedbackListShape(query, today);
  return everyRecord(
    db
      .select({ id: feedback.id })
      .from(feedback)
      .where(where)
      .orderBy(...orderBy),
    feedback.id,
    (options) => loadFeedback(db, options, today),
  );
}

/** Feedback found by `where`; whether an action is overdue is worked out from `today`. */
export async function loadFeedback(db: Db, options: LoadOptions, today: string) {
  return (await withOptions(db.select().from(feedback).$dynamic(), options)).map((row) => toFeedback(row, today));
}
