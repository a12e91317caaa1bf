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
import {
  defaultWorkItemSort,
  type WorkItem,
  type WorkItemInput,
  type WorkItemListQuery,
  type WorkItemSortField,
} from "../../shared/schemas/work-items";
import { type LoadOptions, withOptions } from "../resource";
import { targetMet, workItemIdColumn } from "./agenda";
import { everyRecord } from "./in-order";

type Row = typeof workItems.$inferSelect;

function toWorkItem(row: Row, planLevel: WorkItem["planLevel"], agendaTargetMet: boolean | null = null): WorkItem {
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
export function workItemListShape(query: WorkItemListQuery, today: string) {
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

/** Work items as the API shows them (with their decision and agenda target), found by `where`. */
export async function loadWorkItems(db: Db, options: LoadOptions): Promise<WorkItem[]> {
  // The joins the list's filters and sorts refer to.
  const query = db
    .select(itemFields)
    .from(workItems)
    .innerJoin(teams, eq(teams.id, workItems.teamId))
    .innerJoin(users, eq(users.id, workItems.leadId))
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .$dynamic();
  return (await withOptions(query, options)).map((r) => toWorkItem(r.item, r.planLevel, r.targetMet));
}

export async function countWorkItems(db: Db, where: SQL | undefined): Promise<number> {
  const [totals] = await db
    .select({ total: count() })
    .from(workItems)
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .where(where);
  return totals?.total ?? 0;
}

/** Every work item the list would show, in its order, a batch at a time (for exports). */
export function exportWorkItems(db: Db, query: WorkItemListQuery, today: string) {
  const { where, orderBy } = workItemListShape(query, today);
  // The same joins as the list: its filters and sorts refer to them.
  const ids = db
    .select({ id: workItems.id })
    .from(workItems)
    .innerJoin(teams, eq(teams.id, workItems.teamId))
    .innerJoin(users, eq(users.id, workItems.leadId))
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .where(where)
    .orderBy(...orderBy);
  return everyRecord(ids, workItems.id, (options) => loadWorkItems(db, options));
}

export async function findWorkItem(db: Db, id: string): Promise<WorkItem | null> {
  const [row] = await db
    .select({ item: workItems, planLevel: involvementPlans.level, targetMet: eventTarget })
    .from(workItems)
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .where(eq(workItems.id, id));
  return row ? toWorkItem(row.item, row.planLevel, row.targetMet) : null;
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
