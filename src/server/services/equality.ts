import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { equalityAnswers, type people } from "../../db/schema";
import { type EqualityAnswers, equalityQuestionKeys } from "../../shared/schemas/equality";
import { type AuditRecord, updateRecord } from "../audit";

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

/** An equality entry: the answers' fields are named when they change, never their values (special category). */
export function equalityAudit(
  action: "read" | "create" | "update" | "delete",
  personId: string,
  more: { before?: EqualityAnswers | null; after?: EqualityAnswers | null; detail?: Record<string, unknown> } = {},
): AuditRecord {
  const base = { resource: "equality", recordId: personId, subjectPersonId: personId, detail: more.detail ?? null };
  if (action !== "update") return { ...base, action };
  const special = [...equalityQuestionKeys];
  return updateRecord(base, more.before ?? {}, more.after ?? {}, { special });
}
