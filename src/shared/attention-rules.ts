import type { Role } from "./schemas/users";

/**
 * Needs attention: what each rule selects, with every day count in one place. The server
 * evaluates the rules in SQL with these constants and cut-off dates (src/server/services/attention.ts);
 * the pure predicates below say the same thing for one record, for tests and for reading.
 */
export const attentionRules = {
  /** Work with no involvement decision, starting from today up to this many weeks ahead. */
  undecidedWithinWeeks: 8,
  /** Conferences and events below the patient-voice target, starting from today up to this many weeks ahead. */
  targetWithinWeeks: 8,
  /** Took part more than this many days ago with a fee or expenses still not paid. */
  unpaidAfterDays: 30,
  /** Feedback received more than this many days ago and never told back. */
  toldBackAfterDays: 60,
  /** A bursary offered this many days ago or more with no answer. */
  bursaryNoAnswerDays: 14,
} as const;

export const attentionKeys = [
  "undecided-soon",
  "unpaid",
  "overdue-actions",
  "not-told-back",
  "target-at-risk",
  "bursary-no-answer",
  "bursary-unpaid",
  "retention-due",
  "consent-withdrawn",
] as const;
export type AttentionKey = (typeof attentionKeys)[number];

export const attentionTitles: Record<AttentionKey, string> = {
  "undecided-soon": `Undecided work starting within ${attentionRules.undecidedWithinWeeks} weeks`,
  unpaid: `Took part more than ${attentionRules.unpaidAfterDays} days ago and not paid`,
  "overdue-actions": "Feedback actions overdue",
  "not-told-back": `Feedback not told back after ${attentionRules.toldBackAfterDays} days`,
  "target-at-risk": `Events within ${attentionRules.targetWithinWeeks} weeks not meeting the patient-voice target`,
  "bursary-no-answer": `Bursaries offered with no answer for ${attentionRules.bursaryNoAnswerDays} days`,
  "bursary-unpaid": "Bursary expenses claimed and not paid",
  "retention-due": "Retention reviews due",
  "consent-withdrawn": "Consent withdrawn, data still held",
};

/** Groups about people's records and the data steward's duties: admin only (canReviewRetention). */
const adminKeys: readonly AttentionKey[] = ["retention-due", "consent-withdrawn"];
/** Bursaries are the events team's to act on (bursaries.update); leads do not get them. */
const bursaryKeys: readonly AttentionKey[] = ["bursary-no-answer", "bursary-unpaid"];

/** The groups a role gets, in the page's order. */
export function attentionKeysFor(role: Role): readonly AttentionKey[] {
  return attentionKeys.filter(
    (key) => (role === "admin" || !adminKeys.includes(key)) && (role !== "lead" || !bursaryKeys.includes(key)),
  );
}

/** Where a role lands once signed in: Needs attention for leads and the events team, the dashboard for the rest. */
export const landingPageFor = (role: Role | undefined): "/attention" | "/dashboard" =>
  role === "lead" || role === "events" ? "/attention" : "/dashboard";

/** A lead's work-level groups hold only the work items they lead; every other role sees all of them. */
export const seesOnlyOwnWork = (role: Role) => role === "lead";

/** `date` (YYYY-MM-DD) moved by whole days, as a date. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/**
 * The cut-off dates for `today`, the one place the day counts become dates. Each entry's `since`
 * is the day it became due or late; groups list the oldest first.
 */
export function attentionDates(today: string) {
  return {
    today,
    /** undecided-soon: start date from today to this date, both included. */
    undecidedUntil: addDays(today, attentionRules.undecidedWithinWeeks * 7),
    /** target-at-risk: start date from today to this date, both included. */
    targetUntil: addDays(today, attentionRules.targetWithinWeeks * 7),
    /** unpaid: took part (see `tookPartOn`) before this date. */
    tookPartBefore: addDays(today, -attentionRules.unpaidAfterDays),
    /** not-told-back: received before this date. */
    receivedBefore: addDays(today, -attentionRules.toldBackAfterDays),
    /** bursary-no-answer: offered on or before this date. */
    offeredOnOrBefore: addDays(today, -attentionRules.bursaryNoAnswerDays),
  };
}

/** undecided-soon and target-at-risk: `since` is the day the start came within the window. */
export const soonSince = (startDate: string, weeks: number) => addDays(startDate, -weeks * 7);

type WorkRef = { startDate: string; status: string };
const live = (item: WorkRef) => item.status !== "cancelled";
const within = (date: string, from: string, to: string) => date >= from && date <= to;

/** No decision recorded, not cancelled, starting today or within the window. */
export function isUndecidedSoon(item: WorkRef & { decided: boolean }, today: string): boolean {
  return !item.decided && live(item) && within(item.startDate, today, attentionDates(today).undecidedUntil);
}

/** A conference or event below target, not cancelled, starting today or within the window. */
export function isTargetAtRisk(item: WorkRef & { isEvent: boolean; targetMet: boolean }, today: string): boolean {
  return (
    item.isEvent && !item.targetMet && live(item) && within(item.startDate, today, attentionDates(today).targetUntil)
  );
}

type Dates = { startDate: string | null; endDate: string | null };

/**
 * The day someone took part: their involvement's end, else its start, else its work item's end,
 * else its start (the server's `tookPartOnSql` is the same rule).
 */
export const tookPartOn = (i: Dates & { workItem?: Dates }) =>
  i.endDate ?? i.startDate ?? i.workItem?.endDate ?? i.workItem?.startDate ?? null;

type InvolvementRef = Dates & {
  workItem?: Dates;
  status: string;
  feePence: number | null;
  expensesPence: number | null;
  paymentStatus: string;
};

/** Took part over 30 days ago, something is owed, and it is neither paid nor declined (no nudge for those). */
export function isUnpaid(i: InvolvementRef, today: string): boolean {
  const on = tookPartOn(i);
  const owed = (i.feePence ?? 0) > 0 || (i.expensesPence ?? 0) > 0;
  return (
    i.status === "took_part" &&
    on !== null &&
    on < attentionDates(today).tookPartBefore &&
    owed &&
    i.paymentStatus !== "paid" &&
    i.paymentStatus !== "declined"
  );
}

/** An open or in-progress action whose due date has passed (the feedback list's "overdue"). */
export function isOverdueAction(f: { actionStatus: string; actionDueOn: string | null }, today: string): boolean {
  return (
    (f.actionStatus === "open" || f.actionStatus === "in_progress") && f.actionDueOn !== null && f.actionDueOn < today
  );
}

export function isNotToldBack(f: { receivedOn: string; toldBackOn: string | null }, today: string): boolean {
  return f.toldBackOn === null && f.receivedOn < attentionDates(today).receivedBefore;
}

/** Still "offered", and the offer (its latest status change) is 14 days old or more. */
export function isBursaryUnanswered(b: { status: string; offeredOn: string | null }, today: string): boolean {
  return b.status === "offered" && b.offeredOn !== null && b.offeredOn <= attentionDates(today).offeredOnOrBefore;
}

export function isBursaryUnpaid(b: { status: string; claimedOn: string | null; paidOn: string | null }): boolean {
  return b.status === "attended" && b.claimedOn !== null && b.paidOn === null;
}
