import { and, count, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { auditLog, auditPersonalValues, people } from "../../db/schema";
import { type AuditEntry, type AuditQuery, erasedValue, type FieldChange } from "../../shared/schemas/audit";
import type { LoadOptions } from "../resource";
import { everyRecord } from "./in-order";

/** Midnight, UK time, at the start of a day (YYYY-MM-DD): the organisation's days (ADR 009). */
export function ukDayStart(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // At midnight UTC the UK is on GMT (00:00) or BST (01:00); the changes happen at 01:00 UTC.
  const londonHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "hour")?.value;
  return londonHour === "01" ? new Date(utcMidnight.getTime() - 3_600_000) : utcMidnight;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The instants a query's from and to stand for: a day from its UK midnight to the next; an instant exactly. */
function periodOf(query: Pick<AuditQuery, "from" | "to">): { start?: Date; end?: Date } {
  return {
    ...(query.from ? { start: isDay(query.from) ? ukDayStart(query.from) : new Date(query.from) } : {}),
    // A day runs to its end; an instant is exact (end is exclusive).
    ...(query.to
      ? { end: isDay(query.to) ? ukDayStart(nextDay(query.to)) : new Date(new Date(query.to).getTime() + 1) }
      : {}),
  };
}

/** A from and to that hold no moment at all (to before from): said at `to`, as other lists do. */
export function auditRangeErrors(query: Pick<AuditQuery, "from" | "to">) {
  const { start, end } = periodOf(query);
  return start && end && end <= start
    ? [{ path: "to", message: "The end of the range must be on or after its start" }]
    : [];
}

/** The log's filters: the person affected, who, what, which kind of record, which record, when. */
export function auditWhere(query: AuditQuery): SQL | undefined {
  const period = periodOf(query);
  const filters: (SQL | undefined)[] = [
    query.personId ? eq(auditLog.subjectPersonId, query.personId) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.resource ? eq(auditLog.resource, query.resource) : undefined,
    // One record, or anything recorded as belonging to it (a work item's involvements, bursaries, sessions).
    query.recordId
      ? or(eq(auditLog.recordId, query.recordId), sql`${auditLog.detail}->>'workItemId' = ${query.recordId}`)
      : undefined,
    period.start ? gte(auditLog.at, period.start) : undefined,
    period.end ? lt(auditLog.at, period.end) : undefined,
  ];
  const present = filters.filter((filter): filter is SQL => filter !== undefined);
  return present.length ? and(...present) : undefined;
}

/** Newest first; the id breaks ties so pages never overlap. */
export const auditOrder = [desc(auditLog.at), desc(auditLog.id)];

/**
 * A change's values as they may be shown: an identifying field's from the erasable store while
 * it holds them, "(erased)" once the person is erased.
 */
function withPersonalValues(changes: FieldChange[] | null, personal: FieldChange[] | null): FieldChange[] | null {
  if (!changes) return null;
  return changes.map((change) => {
    if (change.before !== erasedValue || change.after !== erasedValue) return change;
    return personal?.find((value) => value.field === change.field) ?? change;
  });
}

/** Entries as the API shows them, with the name of the person each is about as it stands today. */
export async function loadAudit(db: Db, options: LoadOptions): Promise<AuditEntry[]> {
  let query = db
    .select({ entry: auditLog, subjectName: people.name, personal: auditPersonalValues.changes })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.subjectPersonId))
    .leftJoin(auditPersonalValues, eq(auditPersonalValues.auditId, auditLog.id))
    .where(options.where)
    .orderBy(...(options.orderBy ?? auditOrder))
    .$dynamic();
  if (options.limit !== undefined) query = query.limit(options.limit);
  if (options.offset !== undefined) query = query.offset(options.offset);
  return (await query).map(({ entry, subjectName, personal }) => ({
    ...entry,
    at: entry.at.toISOString(),
    subjectName: subjectName ?? null,
    changes: withPersonalValues(entry.changes, personal),
  }));
}

export async function countAudit(db: Db, where: SQL | undefined): Promise<number> {
  const [totals] = await db.select({ total: count() }).from(auditLog).where(where);
  return totals?.total ?? 0;
}

/** Every entry the list would show, newest first, a batch at a time (for the CSV). */
export function exportAudit(db: Db, query: AuditQuery) {
  const where = auditWhere(query);
  return everyRecord(
    db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(where)
      .orderBy(...auditOrder),
    auditLog.id,
    (options) => loadAudit(db, options),
  );
}
