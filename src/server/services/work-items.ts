import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  not,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { Db } from "../../db/database";
import { involvementPlans, teams, users, workItems } from "../../db/schema";
import { eventKinds, isEventKind } from "../../shared/permissions";
import type { Page } from "../../shared/schemas/common";
import {
  defaultWorkItemSort,
  type WorkItem,
  type WorkItemInput,
  type WorkItemListQuery,
  type WorkItemSortField,
} from "../../shared/schemas/work-item";
import { targetMet, workItemIdColumn } from "./agenda";
import { inOrderOf } from "./in-order";

type Row = typeof workItems.$inferSelect;

export function toWorkItem(
  row: Row,
  planLevel: WorkItem["planLevel"],
  agendaTargetMet: boolean | null = null,
): WorkItem {
  return {
    id: row.id,
    planLevel,
    agendaTargetMet: isEventKind(row.kind) ? Boolean(agendaTargetMet) : null,
    title: row.title,
    kind: row.kind,
    teamId: row.teamId,
    leadId: row.leadId,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    summary: row.summary,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const sortColumns: Record<WorkItemSortField, SQLWrapper> = {
  title: sql`lower(${workItems.title})`,
  kind: workItems.kind,
  team: sql`lower(${teams.name})`,
  lead: sql`lower(${users.name})`,
  startDate: workItems.startDate,
  endDate: workItems.endDate,
  status: workItems.status,
  createdAt: workItems.createdAt,
  updatedAt: workItems.updatedAt,
};

/** Computed only for conferences and events (a cheap indexed lookup per row). */
const eventTarget = sql<
  boolean | null
>`case when ${inArray(workItems.kind, [...eventKinds])} then ${targetMet(workItemIdColumn)} end`;

/** `%` and `_` typed by a person are text, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Events start on or after `today` first, soonest first; then the rest, latest first. */
const upcomingOrder = (today: string) => [
  sql`case when ${workItems.startDate} >= ${today} then 0 else 1 end`,
  sql`case when ${workItems.startDate} >= ${today} then ${workItems.startDate} end asc`,
  sql`${workItems.startDate} desc`,
  asc(workItems.id),
];

/** The list's filters and order, shared by the paged list and the export. */
function listShape(query: WorkItemListQuery, today: string) {
  const filters: SQL[] = [];
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    filters.push(or(ilike(workItems.title, pattern), ilike(workItems.summary, pattern)) as SQL);
  }
  if (query.kind) filters.push(eq(workItems.kind, query.kind));
  if (query.status) filters.push(eq(workItems.status, query.status));
  if (query.teamId) filters.push(eq(workItems.teamId, query.teamId));
  if (query.from) filters.push(gte(workItems.startDate, query.from));
  if (query.to) filters.push(lte(workItems.startDate, query.to));
  if (query.plan === "undecided") filters.push(isNull(involvementPlans.workItemId));
  else if (query.plan) filters.push(eq(involvementPlans.level, query.plan));
  if (query.agendaTarget) {
    filters.push(inArray(workItems.kind, [...eventKinds]));
    if (query.agendaTarget === "met") filters.push(targetMet(workItemIdColumn));
    if (query.agendaTarget === "not_met") filters.push(not(targetMet(workItemIdColumn)));
  }
  const where = filters.length ? and(...filters) : undefined;

  const sort = query.sort ?? defaultWorkItemSort;
  const descending = sort.startsWith("-");
  const column = sortColumns[sort.replace(/^-/, "") as WorkItemSortField];
  const direction = descending ? desc : asc;
  // Nulls last either way, and id as a tie-breaker so pages never overlap.
  const orderBy =
    sort === "upcoming" ? upcomingOrder(today) : [sql`${direction(column)} nulls last`, direction(workItems.id)];
  return { where, orderBy };
}

const itemFields = { item: workItems, planLevel: involvementPlans.level, targetMet: eventTarget };

export async function listWorkItems(db: Db, query: WorkItemListQuery, today: string): Promise<Page<WorkItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const { where, orderBy } = listShape(query, today);
  const [rows, [totals]] = await Promise.all([
    db
      .select(itemFields)
      .from(workItems)
      .innerJoin(teams, eq(teams.id, workItems.teamId))
      .innerJoin(users, eq(users.id, workItems.leadId))
      .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
      .where(where)
      .orderBy(...orderBy)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(workItems)
      .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
      .where(where),
  ]);
  const items = rows.map((r) => toWorkItem(r.item, r.planLevel, r.targetMet));
  return { items, total: totals?.total ?? 0, page, pageSize };
}

/** Every work item the list would show, in its order, a batch at a time (for exports). */
export async function* exportWorkItems(db: Db, query: WorkItemListQuery, today: string): AsyncGenerator<WorkItem[]> {
  const { where, orderBy } = listShape(query, today);
  // The same joins as the list: its filters and sorts refer to them.
  const ids = await db
    .select({ id: workItems.id })
    .from(workItems)
    .innerJoin(teams, eq(teams.id, workItems.teamId))
    .innerJoin(users, eq(users.id, workItems.leadId))
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .where(where)
    .orderBy(...orderBy);
  yield* inOrderOf(
    ids.map((row) => row.id),
    async (batch) => {
      const rows = await db
        .select(itemFields)
        .from(workItems)
        .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
        .where(inArray(workItems.id, batch));
      return rows.map((r) => toWorkItem(r.item, r.planLevel, r.targetMet));
    },
  );
}

export async function findWorkItem(db: Db, id: string): Promise<WorkItem | null> {
  const [row] = await db
    .select({ item: workItems, planLevel: involvementPlans.level, targetMet: eventTarget })
    .from(workItems)
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .where(eq(workItems.id, id));
  return row ? toWorkItem(row.item, row.planLevel, row.targetMet) : null;
}

export async function insertWorkItem(db: Db, input: WorkItemInput, now: Date): Promise<WorkItem> {
  const [row] = await db
    .insert(workItems)
    .values({ ...input, version: 1, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return toWorkItem(row, null); // a new item is undecided
}

/** Writes only if nobody changed the item since `version`; null means it was stale. */
export async function updateWorkItem(
  db: Db,
  id: string,
  version: number,
  input: WorkItemInput,
  now: Date,
): Promise<WorkItem | null> {
  const [row] = await db
    .update(workItems)
    .set({ ...input, version: version + 1, updatedAt: now })
    .where(and(eq(workItems.id, id), eq(workItems.version, version)))
    .returning();
  if (!row) return null;
  return findWorkItem(db, id);
}

export async function deleteWorkItem(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(workItems).where(eq(workItems.id, id)).returning({ id: workItems.id });
  return rows.length > 0;
}

/** Field errors for a team or lead that does not exist. */
export async function missingReferences(db: Db, input: Pick<WorkItemInput, "teamId" | "leadId">) {
  const [team, lead] = await Promise.all([
    db.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId)),
    db.select({ id: users.id }).from(users).where(eq(users.id, input.leadId)),
  ]);
  const errors = [];
  if (team.length === 0) errors.push({ path: "teamId", message: "Choose a team from the list" });
  if (lead.length === 0) errors.push({ path: "leadId", message: "Choose a lead from the list" });
  return errors;
}
