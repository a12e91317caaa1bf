import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { bursaries, eventDetails, people, workItems } from "../../db/schema";
import { formatPence } from "../../shared/money-text";
import {
  type Bursary,
  type BursaryListQuery,
  type BursaryStatus,
  type BursarySummary,
  placeHoldingStatuses,
} from "../../shared/schemas/bursaries";
import { type LoadOptions, withOptions } from "../resource";
import { everyRecord } from "./in-order";

type Row = typeof bursaries.$inferSelect;
/**
 * A bursary as the API returns it. Its care costs, and the total that holds them (from which they
 * could be worked out), only for the roles that may see a named person's care needs.
 */
const toBursary = (row: Row, personName: string, workItemTitle: string, withPersonal: boolean): Bursary => ({
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
  ...(withPersonal
    ? {
        carePence: row.carePence,
        totalPence: row.ticketValuePence + row.travelPence + row.accommodationPence + row.carePence,
      }
    : {}),
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

export function bursaryListWhere(query: BursaryListQuery) {
  const filters: SQL[] = [];
  if (query.workItemId) filters.push(eq(bursaries.workItemId, query.workItemId));
  if (query.personId) filters.push(eq(bursaries.personId, query.personId));
  if (query.status) filters.push(eq(bursaries.status, query.status));
  return filters.length ? and(...filters) : undefined;
}

export const bursaryListOrder = [asc(bursaries.createdAt), asc(bursaries.id)];

/** Bursaries with their person's name and event's title, found by `where`, as a role may see them. */
export async function loadBursaries(db: Db, options: LoadOptions, withPersonal: boolean): Promise<Bursary[]> {
  return (await withOptions(withNames(db).$dynamic(), options)).map((r) =>
    toBursary(r.row, r.personName, r.workItemTitle, withPersonal),
  );
}

/** Every bursary the list would show, in its order, a batch at a time (for exports). */
export const exportBursaries = (db: Db, query: BursaryListQuery, withPersonal: boolean) =>
  everyRecord(
    db
      .select({ id: bursaries.id })
      .from(bursaries)
      .where(bursaryListWhere(query))
      .orderBy(...bursaryListOrder),
    bursaries.id,
    (options) => loadBursaries(db, options, withPersonal),
  );

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

/** What a bursary costs: ticket value waived, travel and accommodation, and (withCare) care. */
export const bursaryCostOf = (withCare: boolean) =>
  withCare
    ? sql`${bursaries.ticketValuePence} + ${bursaries.travelPence} + ${bursaries.accommodationPence} + ${bursaries.carePence}`
    : sql`${bursaries.ticketValuePence} + ${bursaries.travelPence} + ${bursaries.accommodationPence}`;
/** What a bursary costs, care included. */
export const bursaryCost = bursaryCostOf(true);

/** Places, funnel and spend for one event, counted in the database. Without care: spend leaves care costs out (managers). */
export async function bursarySummaryOf(db: Db, workItemId: string, withCare: boolean): Promise<BursarySummary> {
  const [[figures], [details]] = await Promise.all([
    db
      .select({
        applied: reached("applied"),
        offered: reached("offered"),
        accepted: reached("accepted"),
        attended: reached("attended"),
        placesUsed: sql<number>`count(*) filter (where ${holdsPlace})::int`,
        spendPence: sql<number>`coalesce(sum(${bursaryCost}) filter (where ${holdsPlace}), 0)::int`,
        carePence: sql<number>`coalesce(sum(${bursaries.carePence}) filter (where ${holdsPlace}), 0)::int`,
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
  const fullSpend = figures?.spendPence ?? 0;
  // A role that may not see care costs gets spend without them: otherwise one bursary's care is spend minus what it sees.
  const spendPence = withCare ? fullSpend : fullSpend - (figures?.carePence ?? 0);
  const warnings: string[] = [];
  if (placesUsed > places)
    warnings.push(`Offers exceed places: ${placesUsed} places offered or taken, against ${places} available.`);
  if (fullSpend > budgetPence)
    warnings.push(
      withCare
        ? `Spend exceeds budget: ${formatPence(fullSpend)} against a budget of ${formatPence(budgetPence)}.`
        : `Spend exceeds the budget of ${formatPence(budgetPence)}.`,
    );
  return {
    places,
    placesUsed,
    budgetPence,
    spendPence,
    spendIncludesCare: withCare,
    funnel: {
      applied: figures?.applied ?? 0,
      offered: figures?.offered ?? 0,
      accepted: figures?.accepted ?? 0,
      attended: figures?.attended ?? 0,
    },
    warnings,
  };
}
