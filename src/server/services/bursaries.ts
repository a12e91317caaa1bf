import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { bursaries, eventDetails, people, workItems } from "../../db/schema";
import { formatPence } from "../../shared/money-text";
import {
  type Bursary,
  type BursaryListQuery,
  type BursaryStatus,
  type BursarySummary,
  placeHoldingStatuses,
} from "../../shared/schemas/bursary";
import type { Page } from "../../shared/schemas/common";
import { inOrderOf } from "./in-order";

type Row = typeof bursaries.$inferSelect;
export type BursaryValues = Omit<
  Bursary,
  "id" | "personName" | "workItemTitle" | "totalPence" | "version" | "createdAt" | "updatedAt"
>;

const toBursary = (row: Row, personName: string, workItemTitle: string): Bursary => ({
  id: row.id,
  workItemId: row.workItemId,
  workItemTitle,
  personId: row.personId,
  personName,
  status: row.status,
  statusHistory: row.statusHistory as Bursary["statusHistory"],
  ticketValuePence: row.ticketValuePence,
  travelPence: row.travelPence,
  accommodationPence: row.accommodationPence,
  carePence: row.carePence,
  totalPence: row.ticketValuePence + row.travelPence + row.accommodationPence + row.carePence,
  claimedOn: row.claimedOn,
  paidOn: row.paidOn,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const withNames = (db: Db) =>
  db
    .select({ row: bursaries, personName: people.name, workItemTitle: workItems.title })
    .from(bursaries)
    .innerJoin(people, eq(people.id, bursaries.personId))
    .innerJoin(workItems, eq(workItems.id, bursaries.workItemId));

function listWhere(query: BursaryListQuery) {
  const filters: SQL[] = [];
  if (query.workItemId) filters.push(eq(bursaries.workItemId, query.workItemId));
  if (query.personId) filters.push(eq(bursaries.personId, query.personId));
  if (query.status) filters.push(eq(bursaries.status, query.status));
  return filters.length ? and(...filters) : undefined;
}

const listOrder = [asc(bursaries.createdAt), asc(bursaries.id)];

export async function listBursaries(db: Db, query: BursaryListQuery): Promise<Page<Bursary>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const where = listWhere(query);
  const [rows, [totals]] = await Promise.all([
    withNames(db)
      .where(where)
      .orderBy(...listOrder)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(bursaries).where(where),
  ]);
  return {
    items: rows.map((r) => toBursary(r.row, r.personName, r.workItemTitle)),
    total: totals?.total ?? 0,
    page,
    pageSize,
  };
}

/** Every bursary the list would show, in its order, a batch at a time (for exports). */
export async function* exportBursaries(db: Db, query: BursaryListQuery) {
  const ids = await db
    .select({ id: bursaries.id })
    .from(bursaries)
    .where(listWhere(query))
    .orderBy(...listOrder);
  yield* inOrderOf(
    ids.map((row) => row.id),
    async (batch) =>
      (await withNames(db).where(inArray(bursaries.id, batch))).map((r) =>
        toBursary(r.row, r.personName, r.workItemTitle),
      ),
  );
}

export async function findBursary(db: Db, id: string): Promise<Bursary | null> {
  const [row] = await withNames(db).where(eq(bursaries.id, id));
  return row ? toBursary(row.row, row.personName, row.workItemTitle) : null;
}

export async function insertBursary(db: Db, values: BursaryValues, now: Date): Promise<Bursary> {
  const [row] = await db
    .insert(bursaries)
    .values({ ...values, version: 1, createdAt: now, updatedAt: now })
    .returning({ id: bursaries.id });
  if (!row) throw new Error("insert returned no row");
  return (await findBursary(db, row.id)) as Bursary;
}

/** Writes only if nobody changed the bursary since `version`; null means it was stale. */
export async function updateBursary(db: Db, id: string, version: number, values: BursaryValues, now: Date) {
  const [row] = await db
    .update(bursaries)
    .set({ ...values, version: version + 1, updatedAt: now })
    .where(and(eq(bursaries.id, id), eq(bursaries.version, version)))
    .returning({ id: bursaries.id });
  return row ? findBursary(db, row.id) : null;
}

export async function deleteBursary(db: Db, id: string) {
  await db.delete(bursaries).where(eq(bursaries.id, id));
}

/**
 * How many bursaries reached a stage at some point (the funnel counts everyone who got that
 * far): one SQL aggregate for the event summary, the dashboard figures and the funnel chart.
 */
export const reached = (status: BursaryStatus) =>
  sql<number>`count(*) filter (where ${bursaries.statusHistory} @> ${JSON.stringify([{ status }])}::jsonb)::int`;

/** A bursary that holds a place (offered and after): what places used and spend count. */
export const holdsPlace = sql`${bursaries.status} in (${sql.join(
  placeHoldingStatuses.map((s) => sql`${s}`),
  sql`, `,
)})`;

/** What a bursary costs: ticket value waived, travel, accommodation and care. */
export const bursaryCost = sql`${bursaries.ticketValuePence} + ${bursaries.travelPence} + ${bursaries.accommodationPence} + ${bursaries.carePence}`;

/** Places, funnel and spend for one event, counted in the database. */
export async function bursarySummaryOf(db: Db, workItemId: string): Promise<BursarySummary> {
  const [[figures], [details]] = await Promise.all([
    db
      .select({
        applied: reached("applied"),
        offered: reached("offered"),
        accepted: reached("accepted"),
        attended: reached("attended"),
        placesUsed: sql<number>`count(*) filter (where ${holdsPlace})::int`,
        spendPence: sql<number>`coalesce(sum(${bursaryCost}) filter (where ${holdsPlace}), 0)::int`,
      })
      .from(bursaries)
      .where(eq(bursaries.workItemId, workItemId)),
    db
      .select({ places: eventDetails.bursaryPlaces, budgetPence: eventDetails.bursaryBudgetPence })
      .from(eventDetails)
      .where(eq(eventDetails.workItemId, workItemId)),
  ]);
  const places = details?.places ?? 0;
  const budgetPence = details?.budgetPence ?? 0;
  const placesUsed = figures?.placesUsed ?? 0;
  const spendPence = figures?.spendPence ?? 0;
  const warnings: string[] = [];
  if (placesUsed > places)
    warnings.push(`Offers exceed places: ${placesUsed} places offered or taken, against ${places} available.`);
  if (spendPence > budgetPence)
    warnings.push(`Spend exceeds budget: ${formatPence(spendPence)} against a budget of ${formatPence(budgetPence)}.`);
  return {
    places,
    placesUsed,
    budgetPence,
    spendPence,
    funnel: {
      applied: figures?.applied ?? 0,
      offered: figures?.offered ?? 0,
      accepted: figures?.accepted ?? 0,
      attended: figures?.attended ?? 0,
    },
    warnings,
  };
}
