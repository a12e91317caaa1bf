import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { feedback } from "../../db/schema";
import type { Page } from "../../shared/schemas/common";
import type { Feedback, FeedbackInput, FeedbackListQuery } from "../../shared/schemas/feedback";
import { inOrderOf } from "./in-order";

type Row = typeof feedback.$inferSelect;
const openStatuses = ["open", "in_progress"];

export function toFeedback(row: Row, today: string): Feedback {
  return {
    id: row.id,
    personId: row.personId,
    workItemId: row.workItemId,
    receivedOn: row.receivedOn,
    channel: row.channel as Feedback["channel"],
    summary: row.summary,
    action: row.action,
    actionOwnerId: row.actionOwnerId,
    actionDueOn: row.actionDueOn,
    actionStatus: row.actionStatus as Feedback["actionStatus"],
    wontDoReason: row.wontDoReason,
    toldBackOn: row.toldBackOn,
    overdue: openStatuses.includes(row.actionStatus) && row.actionDueOn !== null && row.actionDueOn < today,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The list's filters and order, shared by the paged list and the export. */
function listShape(query: FeedbackListQuery, today: string) {
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

export async function listFeedback(db: Db, query: FeedbackListQuery, today: string): Promise<Page<Feedback>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const { where, orderBy } = listShape(query, today);
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(feedback)
      .where(where)
      .orderBy(...orderBy)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(feedback).where(where),
  ]);
  return { items: rows.map((row) => toFeedback(row, today)), total: totals?.total ?? 0, page, pageSize };
}

/** Every feedback record the list would show, in its order, a batch at a time (for exports). */
export async function* exportFeedback(db: Db, query: FeedbackListQuery, today: string) {
  const { where, orderBy } = listShape(query, today);
  const ids = await db
    .select({ id: feedback.id })
    .from(feedback)
    .where(where)
    .orderBy(...orderBy);
  yield* inOrderOf(
    ids.map((row) => row.id),
    async (batch) =>
      (await db.select().from(feedback).where(inArray(feedback.id, batch))).map((row) => toFeedback(row, today)),
  );
}

export async function findFeedbackRow(db: Db, id: string): Promise<Row | null> {
  const [row] = await db.select().from(feedback).where(eq(feedback.id, id));
  return row ?? null;
}

export async function insertFeedback(db: Db, input: FeedbackInput, now: Date): Promise<Row> {
  const [row] = await db
    .insert(feedback)
    .values({ ...input, version: 1, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateFeedback(db: Db, id: string, version: number, input: FeedbackInput, now: Date) {
  const [row] = await db
    .update(feedback)
    .set({ ...input, version: version + 1, updatedAt: now })
    .where(and(eq(feedback.id, id), eq(feedback.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteFeedback(db: Db, id: string): Promise<void> {
  await db.delete(feedback).where(eq(feedback.id, id));
}
