import { count, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { auditLog, equalityAnswers, type people } from "../../db/schema";
import type { Page } from "../../shared/schemas/common";
import { type EqualityAnswers, equalityQuestionKeys } from "../../shared/schemas/equality";
import type { SessionUser } from "../../shared/schemas/users";

type PersonRow = typeof people.$inferSelect;

/** Equality monitoring needs a consent that was given and not withdrawn. */
export const hasEqualityConsent = (person: PersonRow) =>
  person.equalityGivenOn !== null && person.equalityWithdrawnOn === null;

const emptyColumns = Object.fromEntries(equalityQuestionKeys.map((key) => [key, null])) as Record<
  keyof EqualityAnswers,
  null
>;

export async function findAnswers(db: Db, personId: string): Promise<EqualityAnswers | null> {
  const [row] = await db.select().from(equalityAnswers).where(eq(equalityAnswers.personId, personId));
  if (!row) return null;
  // Absent keys are "not answered": nulls are left out of the answers object.
  return Object.fromEntries(equalityQuestionKeys.flatMap((key) => (row[key] === null ? [] : [[key, row[key]]])));
}

/** Replaces the whole set: a question left out is "not answered". */
export async function saveAnswers(db: Db, personId: string, answers: EqualityAnswers, now: Date) {
  const values = { ...emptyColumns, ...answers, updatedAt: now };
  await db
    .insert(equalityAnswers)
    .values({ personId, ...values })
    .onConflictDoUpdate({ target: equalityAnswers.personId, set: values });
}

/** True when there were answers to delete. */
export async function deleteAnswers(db: Db, personId: string): Promise<boolean> {
  const deleted = await db
    .delete(equalityAnswers)
    .where(eq(equalityAnswers.personId, personId))
    .returning({ id: equalityAnswers.personId });
  return deleted.length > 0;
}

export const auditActions = {
  read: "viewed equality answers",
  readNone: "looked for equality answers (none recorded)",
  recorded: "recorded equality answers",
  deleted: "deleted equality answers",
  withdrawn: "deleted equality answers (consent withdrawn)",
} as const;

export async function audit(
  db: Db,
  actor: SessionUser,
  action: string,
  subject: Pick<PersonRow, "id" | "name">,
  now: Date,
) {
  await db.insert(auditLog).values({
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    action,
    subjectPersonId: subject.id,
    subjectName: subject.name,
  });
}

export async function listAudit(db: Db, page: number, pageSize: number): Promise<Page<AuditEntryView>> {
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog),
  ]);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: totals?.total ?? 0,
    page,
    pageSize,
  };
}

type AuditEntryView = Omit<typeof auditLog.$inferSelect, "at"> & { at: string };
