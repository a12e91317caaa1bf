import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import {
  agendaSessions,
  auditLog,
  auditPersonalValues,
  bursaries,
  consentEvents,
  equalityAnswers,
  feedback,
  involvements,
  people,
  workItems,
} from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { type ConsentKind, consentKinds } from "../../shared/schemas/people";
import { type ConsentEvent, erasedName, type SubjectAccess } from "../../shared/schemas/privacy";
import type { Who } from "../audit";
import { rowsOf } from "../raw-sql";
import { auditOrder, loadAudit } from "./audit";
import { findAnswers } from "./equality";
import { forgetImportRowsOf, importRowsOf } from "./import-retention";
import { loadPeople } from "./people";

type PersonRow = typeof people.$inferSelect;

/** Where each consent is kept on the person's row. */
const consentColumns: Record<ConsentKind, { given: keyof ConsentDates; withdrawn: keyof ConsentDates }> = {
  contact: { given: "contactGivenOn", withdrawn: "contactWithdrawnOn" },
  equalityMonitoring: { given: "equalityGivenOn", withdrawn: "equalityWithdrawnOn" },
  namedPublicly: { given: "namedGivenOn", withdrawn: "namedWithdrawnOn" },
};

type NewEvent = Pick<ConsentEvent, "consent" | "event" | "on">;

/** The columns a person's consents are kept in. */
export type ConsentDates = Pick<
  PersonRow,
  | "contactGivenOn"
  | "contactWithdrawnOn"
  | "equalityGivenOn"
  | "equalityWithdrawnOn"
  | "namedGivenOn"
  | "namedWithdrawnOn"
>;

/**
 * What a change to a person's consents adds to their history: a date given or withdrawn that was
 * not there before is an event on that date; a consent cleared while it stood is withdrawn today.
 */
export function consentEventsBetween(before: ConsentDates | undefined, after: ConsentDates, today: string): NewEvent[] {
  return consentKinds.flatMap((consent) => {
    const { given, withdrawn } = consentColumns[consent];
    const was = { given: before?.[given] ?? null, withdrawn: before?.[withdrawn] ?? null };
    const now = { given: after[given], withdrawn: after[withdrawn] };
    const events: NewEvent[] = [];
    if (now.given && now.given !== was.given) events.push({ consent, event: "given", on: now.given });
    if (now.withdrawn && now.withdrawn !== was.withdrawn)
      events.push({ consent, event: "withdrawn", on: now.withdrawn });
    if (!now.given && was.given && !was.withdrawn) events.push({ consent, event: "withdrawn", on: today });
    // A withdrawal taken back while the consent stands: given again, today.
    if (now.given && now.given === was.given && was.withdrawn && !now.withdrawn)
      events.push({ consent, event: "given", on: today });
    return events;
  });
}

/** The history rows a change to one person's consents adds (recorded by who, now). */
export function consentEventRows(
  personId: string,
  before: ConsentDates | undefined,
  after: ConsentDates,
  who: Who,
  now: Date,
) {
  return consentEventsBetween(before, after, calendarDate(now)).map((event) => ({
    ...event,
    personId,
    recordedAt: now,
    recordedById: who.actorId,
    recordedByName: who.actorName,
  }));
}

/** Adds a change's consent events to the person's history (in the change's transaction). */
export async function recordConsentEvents(
  db: Db,
  personId: string,
  before: PersonRow | undefined,
  after: PersonRow,
  who: Who,
  now: Date,
) {
  const events = consentEventRows(personId, before, after, who, now);
  if (events.length) await db.insert(consentEvents).values(events);
}

/** Every consent event of one person, newest first. */
export async function consentHistoryOf(db: Db, personId: string): Promise<ConsentEvent[]> {
  const rows = await db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.personId, personId))
    .orderBy(desc(consentEvents.recordedAt), desc(consentEvents.on), desc(consentEvents.id));
  return rows.map(({ personId: _, ...row }) => ({ ...row, recordedAt: row.recordedAt.toISOString() }));
}

/** Everything held about one person, for a subject access request. */
export async function subjectAccessOf(db: Db, personId: string, now: Date): Promise<SubjectAccess> {
  const [[person], history, involvementRows, feedbackRows, bursaryRows, answers, heldImportRows, audit] =
    await Promise.all([
      loadPeople(db, { where: eq(people.id, personId) }, true),
      consentHistoryOf(db, personId),
      db
        .select({
          involvement: involvements,
          workItemTitle: workItems.title,
          sessionTitle: agendaSessions.title,
          startsAt: agendaSessions.startsAt,
        })
        .from(involvements)
        .innerJoin(workItems, eq(workItems.id, involvements.workItemId))
        .leftJoin(agendaSessions, eq(agendaSessions.id, involvements.sessionId))
        .where(eq(involvements.personId, personId))
        .orderBy(sql`${involvements.startDate} nulls last`, asc(involvements.createdAt), asc(involvements.id)),
      db
        .select({ feedback, workItemTitle: workItems.title })
        .from(feedback)
        .leftJoin(workItems, eq(workItems.id, feedback.workItemId))
        .where(eq(feedback.personId, personId))
        .orderBy(asc(feedback.receivedOn), asc(feedback.id)),
      db
        .select({ bursary: bursaries, workItemTitle: workItems.title })
        .from(bursaries)
        .innerJoin(workItems, eq(workItems.id, bursaries.workItemId))
        .where(eq(bursaries.personId, personId))
        .orderBy(asc(bursaries.createdAt), asc(bursaries.id)),
      findAnswers(db, personId),
      importRowsOf(db, personId, now),
      loadAudit(db, { where: eq(auditLog.subjectPersonId, personId), orderBy: auditOrder }),
    ]);
  if (!person) throw new Error("subject access for a person who is not there");
  return {
    generatedAt: now.toISOString(),
    person,
    consentHistory: history,
    involvements: involvementRows.map(({ involvement: i, workItemTitle }) => ({
      id: i.id,
      workItemId: i.workItemId,
      workItemTitle,
      role: i.role,
      status: i.status,
      startDate: i.startDate,
      endDate: i.endDate,
      hours: i.hours,
      ask: i.ask,
      expectations: i.expectations,
      support: i.support,
      feedback: i.feedback,
      impact: i.impact,
    })),
    payments: involvementRows
      .filter(({ involvement: i }) => i.feePence !== null || i.expensesPence !== null || i.paymentStatus !== "not_due")
      .map(({ involvement: i, workItemTitle }) => ({
        involvementId: i.id,
        workItemTitle,
        feePence: i.feePence,
        expensesPence: i.expensesPence,
        paymentStatus: i.paymentStatus,
      })),
    feedback: feedbackRows.map(({ feedback: f, workItemTitle }) => ({
      id: f.id,
      receivedOn: f.receivedOn,
      channel: f.channel,
      summary: f.summary,
      action: f.action,
      actionStatus: f.actionStatus,
      toldBackOn: f.toldBackOn,
      workItemTitle,
    })),
    bursaries: bursaryRows.map(({ bursary: b, workItemTitle }) => ({
      id: b.id,
      workItemTitle,
      status: b.status,
      statusHistory: b.statusHistory,
      ticketValuePence: b.ticketValuePence,
      travelPence: b.travelPence,
      accommodationPence: b.accommodationPence,
      carePence: b.carePence,
      claimedOn: b.claimedOn,
      paidOn: b.paidOn,
    })),
    sessionsSpokenAt: involvementRows.flatMap(({ involvement: i, workItemTitle, sessionTitle, startsAt }) =>
      sessionTitle && startsAt
        ? [{ workItemTitle, sessionTitle, startsAt: startsAt.toISOString(), role: i.role, status: i.status }]
        : [],
    ),
    equalityAnswers: answers,
    importRows: heldImportRows,
    // Who at the organisation did what is theirs to see; the addresses staff worked from are not.
    audit: audit.map((entry) => ({ ...entry, address: "" })),
  };
}

/**
 * Erasure (UK GDPR Art. 17): every identifying and special-category field cleared, equality
 * answers, consent history and the identifying values in the audit deleted. Their involvements,
 * bursaries and speaker places stay, without identity, so counts, budgets and targets hold.
 */
export async function erasePerson(db: Db, personId: string, now: Date): Promise<boolean> {
  // First, while their name and email are there to find them by: import rows that name them (ADR 018).
  await forgetImportRowsOf(db, personId, "may be theirs");
  const erased = await db
    .update(people)
    .set({
      name: erasedName,
      email: null,
      phone: null,
      livedExperience: [],
      accessNeeds: "",
      paymentPreference: null,
      retentionReviewOn: null,
      contactGivenOn: null,
      contactWithdrawnOn: null,
      equalityGivenOn: null,
      equalityWithdrawnOn: null,
      namedGivenOn: null,
      namedWithdrawnOn: null,
      erasedAt: now,
      version: sql`${people.version} + 1`,
      updatedAt: now,
    })
    // Conditional: of two erasures at once, one finds the person already erased and changes nothing.
    .where(and(eq(people.id, personId), isNull(people.erasedAt)))
    .returning({ id: people.id });
  if (!erased.length) return false;
  await db.delete(equalityAnswers).where(eq(equalityAnswers.personId, personId));
  await db.delete(consentEvents).where(eq(consentEvents.personId, personId));
  await forgetPersonalValues(db, personId);
  return true;
}

/** The audit's copies of a person's name, email and phone: gone when the person is (erased or deleted). */
export async function forgetPersonalValues(db: Db, personId: string) {
  await db.delete(auditPersonalValues).where(eq(auditPersonalValues.personId, personId));
}

/** Whether anything they took part in (an involvement, a bursary) would lose its person on a delete. */
export async function personHasContributions(db: Db, personId: string): Promise<boolean> {
  const [row] = await rowsOf<{ found: boolean }>(
    db,
    sql`select exists (select 1 from involvements where person_id = ${personId})
      or exists (select 1 from bursaries where person_id = ${personId}) as found`,
  );
  return Boolean(row?.found);
}
