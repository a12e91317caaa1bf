import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database";
import { involvements, people, workItems } from "../../db/schema";
import type { Involvement, InvolvementListQuery } from "../../shared/schemas/involvements";
import { type LoadOptions, withOptions } from "../resource";
import { everyRecord } from "./in-order";

type Row = typeof involvements.$inferSelect;

/** An involvement as the API returns it; its support (health and care needs) only for the roles that may see it. */
function toInvolvement(row: Row, personName: string, workItemTitle: string, withPersonal: boolean): Involvement {
  return {
    id: row.id,
    workItemId: row.workItemId,
    workItemTitle,
    personId: row.personId,
    personName,
    role: row.role,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    hours: row.hours,
    ask: row.ask,
    expectations: row.expectations,
    ...(withPersonal ? { support: row.support } : {}),
    feePence: row.feePence,
    expensesPence: row.expensesPence,
    paymentStatus: row.paymentStatus,
    paidOn: row.paidOn,
    rateActivity: row.rateActivity,
    quantity: row.quantity,
    feeReason: row.feeReason,
    feedback: row.feedback,
    impact: row.impact,
    sessionId: row.sessionId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const withPerson = (db: Db) =>
  db
    .select({ row: involvements, personName: people.name, workItemTitle: workItems.title })
    .from(involvements)
    .innerJoin(people, eq(people.id, involvements.personId))
    .innerJoin(workItems, eq(workItems.id, involvements.workItemId));

export function involvementListWhere(query: InvolvementListQuery) {
  const filters: SQL[] = [];
  if (query.workItemId) filters.push(eq(involvements.workItemId, query.workItemId));
  if (query.personId) filters.push(eq(involvements.personId, query.personId));
  if (query.status) filters.push(eq(involvements.status, query.status));
  if (query.role) filters.push(eq(involvements.role, query.role));
  return filters.length ? and(...filters) : undefined;
}

/** Oldest first, so a work item's involvements read in the order they were arranged. */
export const involvementListOrder = [asc(involvements.createdAt), asc(involvements.id)];

/** Involvements with their person's name and work item's title, found by `where`, as a role may see them. */
export async function loadInvolvements(db: Db, options: LoadOptions, withPersonal: boolean): Promise<Involvement[]> {
  return (await withOptions(withPerson(db).$dynamic(), options)).map((r) =>
    toInvolvement(r.row, r.personName, r.workItemTitle, withPersonal),
  );
}

/** Every involvement the list would show, in its order, a batch at a time (for exports). */
export const exportInvolvements = (db: Db, query: InvolvementListQuery, withPersonal: boolean) =>
  everyRecord(
    db
      .select({ id: involvements.id })
      .from(involvements)
      .where(involvementListWhere(query))
      .orderBy(...involvementListOrder),
    involvements.id,
    (options) => loadInvolvements(db, options, withPersonal),
  );
