import { and, arrayOverlaps, asc, eq, inArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { agendaSessions, eventDetails, involvements, people } from "../../db/schema";
import {
  type AgendaSession,
  type AgendaTarget,
  agendaRoles,
  agendaTargetReasons,
  type EventDetails,
  type PublicAgenda,
  type PublicSpeaker,
  type Speaker,
  speakerStatuses,
  unnamedSpeaker,
} from "../../shared/schemas/agenda";
import { patientVoice } from "../../shared/schemas/people";
import { sqlList as list } from "../raw-sql";

type SessionRow = typeof agendaSessions.$inferSelect;
type SessionValues = { title: string; startsAt: string; format: AgendaSession["format"] };

const toSession = (row: SessionRow): AgendaSession => ({
  id: row.id,
  workItemId: row.workItemId,
  title: row.title,
  startsAt: row.startsAt.toISOString(),
  format: row.format,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listSessions(db: Db, workItemId: string): Promise<AgendaSession[]> {
  const rows = await db
    .select()
    .from(agendaSessions)
    .where(eq(agendaSessions.workItemId, workItemId))
    .orderBy(asc(agendaSessions.startsAt), asc(agendaSessions.id));
  return rows.map(toSession);
}

export async function findSession(db: Db, id: string): Promise<AgendaSession | null> {
  const [row] = await db.select().from(agendaSessions).where(eq(agendaSessions.id, id));
  return row ? toSession(row) : null;
}

export async function insertSession(db: Db, workItemId: string, values: SessionValues, now: Date) {
  const [row] = await db
    .insert(agendaSessions)
    .values({ workItemId, ...values, startsAt: new Date(values.startsAt), version: 1, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return toSession(row);
}

/** Writes only if nobody changed the session since `version`; null means it was stale. */
export async function updateSession(db: Db, id: string, version: number, values: SessionValues, now: Date) {
  const [row] = await db
    .update(agendaSessions)
    .set({ ...values, startsAt: new Date(values.startsAt), version: version + 1, updatedAt: now })
    .where(and(eq(agendaSessions.id, id), eq(agendaSessions.version, version)))
    .returning();
  return row ? toSession(row) : null;
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(agendaSessions).where(eq(agendaSessions.id, id));
}

/**
 * "Someone with patient voice is on this item's agenda with one of these statuses":
 * one SQL test shared by the agenda-target endpoint and the list filter.
 */
function patientVoiceOnAgenda(workItemId: SQLWrapper, statuses: readonly string[]): SQL {
  // Spelled out with table names: drizzle leaves columns unqualified inside a correlated subquery.
  return sql`exists (select 1 from "involvements" as "agenda_i" join "people" as "agenda_p" on "agenda_p"."id" = "agenda_i"."person_id"
    where "agenda_i"."work_item_id" = ${workItemId}
      and "agenda_i"."role" in (${list(agendaRoles)})
      and "agenda_i"."status" in (${list(statuses)})
      and "agenda_p"."perspectives" && array[${list(patientVoice)}]::text[])`;
}

/** The work item's id column, table-qualified for use inside a subquery. */
export const workItemIdColumn = sql.raw(`"work_items"."id"`);

export const targetMet = (workItemId: SQLWrapper) => patientVoiceOnAgenda(workItemId, speakerStatuses);
/** Not met, and a patient voice invited (not yet confirmed): what "only invited" means on the banner and the card. */
export const onlyInvited = (workItemId: SQLWrapper) =>
  sql`(not ${targetMet(workItemId)} and ${patientVoiceOnAgenda(workItemId, ["invited"])})`;

/** Whether the person's "named publicly" consent stands: given, and not withdrawn. */
const namedPublicly = sql<boolean>`(${people.namedGivenOn} is not null and ${people.namedWithdrawnOn} is null)`;

/**
 * What a speaker is called beyond staff, decided in the database: their name only with
 * consent, so the name of anyone else never leaves it on this path.
 */
const publicName = sql<string>`case when ${namedPublicly} then ${people.name} else ${unnamedSpeaker} end`;

/** A speaker's part on the agenda: the columns both the target and the published agenda show. */
const speakerColumns = {
  involvementId: involvements.id,
  role: involvements.role,
  status: involvements.status,
  sessionId: involvements.sessionId,
  patientVoice: arrayOverlaps(people.perspectives, [...patientVoice]),
  namedPublicly,
  publicName,
};

async function targetFlags(db: Db, workItemId: string) {
  const id = sql`${workItemId}::uuid`;
  const [flags] = await db.select({ met: targetMet(id), invited: onlyInvited(id) }).from(sql`(select 1) as one`);
  const met = Boolean(flags?.met);
  return {
    met,
    reason: met ? agendaTargetReasons.met : flags?.invited ? agendaTargetReasons.onlyInvited : agendaTargetReasons.none,
  };
}

export async function agendaTargetOf(db: Db, workItemId: string): Promise<AgendaTarget> {
  const flags = await targetFlags(db, workItemId);
  const rows = await db
    .select({
      ...speakerColumns,
      personId: involvements.personId,
      name: people.name,
      sessionTitle: agendaSessions.title,
    })
    .from(involvements)
    .innerJoin(people, eq(people.id, involvements.personId))
    .leftJoin(agendaSessions, eq(agendaSessions.id, involvements.sessionId))
    .where(
      and(
        eq(involvements.workItemId, workItemId),
        inArray(involvements.role, [...agendaRoles]),
        inArray(involvements.status, [...speakerStatuses]),
      ),
    )
    .orderBy(sql`${agendaSessions.startsAt} nulls last`, asc(people.name), asc(involvements.id));
  return {
    ...flags,
    speakers: rows.map(
      (row) =>
        ({ ...row, patientVoice: Boolean(row.patientVoice), namedPublicly: Boolean(row.namedPublicly) }) as Speaker,
    ),
  };
}

/**
 * The agenda as it may be published (the conference report, the printed agenda): sessions in
 * time order, and everyone in an agenda role whatever their status, each named only if they
 * consented to be named publicly. No person ids and no other names; ordered by session, then
 * by when they were added, so the order says nothing about the names left out.
 */
export async function publicAgendaOf(db: Db, workItemId: string): Promise<PublicAgenda> {
  const [flags, sessions, rows] = await Promise.all([
    targetFlags(db, workItemId),
    listSessions(db, workItemId),
    db
      .select(speakerColumns)
      .from(involvements)
      .innerJoin(people, eq(people.id, involvements.personId))
      .leftJoin(agendaSessions, eq(agendaSessions.id, involvements.sessionId))
      .where(and(eq(involvements.workItemId, workItemId), inArray(involvements.role, [...agendaRoles])))
      .orderBy(sql`${agendaSessions.startsAt} nulls last`, asc(involvements.createdAt), asc(involvements.id)),
  ]);
  return {
    ...flags,
    sessions: sessions.map(({ id, title, startsAt, format }) => ({ id, title, startsAt, format })),
    speakers: rows.map(
      (row) =>
        ({
          ...row,
          patientVoice: Boolean(row.patientVoice),
          namedPublicly: Boolean(row.namedPublicly),
        }) as PublicSpeaker,
    ),
  };
}

const noDetails = { bursaryPlaces: 0, bursaryBudgetPence: 0, adviceSought: null, adviceOutcome: "", version: 0 };

export async function findEventDetails(db: Db, workItemId: string): Promise<EventDetails> {
  const [row] = await db.select().from(eventDetails).where(eq(eventDetails.workItemId, workItemId));
  if (!row) return { workItemId, ...noDetails };
  const { updatedAt: _updated, ...details } = row;
  return details;
}

/** Creates at version 0, or replaces at the version last read; null means it was stale. */
export async function saveEventDetails(
  db: Db,
  workItemId: string,
  version: number,
  values: Omit<EventDetails, "workItemId" | "version">,
  now: Date,
): Promise<EventDetails | null> {
  const rows =
    version === 0
      ? await db
          .insert(eventDetails)
          .values({ workItemId, ...values, version: 1, updatedAt: now })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(eventDetails)
          .set({ ...values, version: version + 1, updatedAt: now })
          .where(and(eq(eventDetails.workItemId, workItemId), eq(eventDetails.version, version)))
          .returning();
  const [row] = rows;
  if (!row) return null;
  const { updatedAt: _updated, ...details } = row;
  return details;
}
