import { and, count, desc, eq, gt, inArray, max, ne, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { signInEvents, users } from "../db/schema";
import type { AuditAction } from "../shared/schemas/audit";
import { writeAudit } from "./audit";
import { ApiError } from "./problem";

type SignInOutcome = "success" | "failure" | "throttled" | "signed_out" | "timed_out";

/** Why a sign-in failed, as a code: never what was typed. */
export type FailureReason =
  | "unknown_email"
  | "wrong_password"
  | "disabled"
  | "no_password"
  | "wrong_code"
  | "sso_failed"
  | "email_not_verified";

type SignInEvent = {
  userId?: string | null;
  email?: string;
  address: string;
  outcome: SignInOutcome;
  reason?: FailureReason;
};

const auditActionOf: Record<SignInOutcome, AuditAction> = {
  success: "sign_in",
  failure: "sign_in_failed",
  throttled: "sign_in_failed",
  signed_out: "sign_out",
  timed_out: "sign_out",
};

/** The audit's copy of how a sign-in or sign-out ended: the account (if known), never what was typed. */
async function auditSignIn(db: Db, at: Date, event: SignInEvent) {
  const userId = event.userId ?? null;
  const [account] = userId ? await db.select({ name: users.name }).from(users).where(eq(users.id, userId)) : [];
  await writeAudit(
    db,
    at,
    { actorId: userId, actorName: account?.name ?? "Unknown account", address: event.address },
    {
      action: auditActionOf[event.outcome],
      resource: "sign-in",
      recordId: userId,
      detail: { outcome: event.outcome, ...(event.reason ? { reason: event.reason } : {}) },
    },
  );
}

/**
 * An attempt, written before it is checked: counted as a failure while it is under way, so a burst
 * of parallel attempts sees itself and cannot slip past the limit. settle() says how it ended.
 */
export async function startAttempt(db: Db, at: Date, event: Omit<SignInEvent, "outcome">) {
  const [row] = await db
    .insert(signInEvents)
    .values({ at, userId: event.userId ?? null, email: event.email ?? "", address: event.address, outcome: "failure" })
    .returning({ id: signInEvents.id });
  const id = row?.id as string;
  return {
    id,
    settle: async (outcome: SignInOutcome, more: { reason?: FailureReason; userId?: string | null } = {}) => {
      const userId = more.userId !== undefined ? more.userId : (event.userId ?? null);
      await auditSignIn(db, at, { ...event, userId, outcome, ...(more.reason ? { reason: more.reason } : {}) });
      await db
        .update(signInEvents)
        .set({
          outcome,
          reason: more.reason ?? null,
          ...(more.userId !== undefined ? { userId: more.userId } : {}),
        })
        .where(eq(signInEvents.id, id));
    },
    /** Neither a failure nor yet a sign-in (the password was right; a code comes next), or recorded elsewhere. */
    discard: async () => {
      await db.delete(signInEvents).where(eq(signInEvents.id, id));
    },
  };
}

export async function recordSignIn(db: Db, at: Date, event: SignInEvent): Promise<void> {
  await auditSignIn(db, at, event);
  await db.insert(signInEvents).values({
    at,
    userId: event.userId ?? null,
    email: event.email ?? "",
    address: event.address,
    outcome: event.outcome,
    reason: event.reason ?? null,
  });
}

/** The throttling rules (ASVS 5.0 V6.3): counted in the database, so they hold across restarts and processes. */
const throttleRules = {
  windowMs: 15 * 60_000,
  /** Failed sign-ins for one email in the window before it is locked. */
  perEmail: 5,
  /** Failed sign-ins from one address in the window before it is locked. */
  perAddress: 50,
  /** The first wait; it doubles with each further attempt, to at most the window. */
  firstWaitMs: 60_000,
  maxWaitMs: 15 * 60_000,
} as const;

const refused = ["failure", "throttled"] as const;

/**
 * How long this sign-in must wait, in seconds, or 0 to go ahead. After perEmail failures for an
 * email in the window, every attempt waits (even with the right password), the wait doubling with
 * each further attempt (throttled ones included) up to maxWaitMs; likewise perAddress for an address.
 */
async function throttleWait(
  db: Db,
  email: string,
  address: string,
  now: Date,
  /** This attempt's own record (startAttempt), left out of the count: it is not yet a failure. */
  self?: string,
): Promise<number> {
  const since = new Date(now.getTime() - throttleRules.windowMs);
  const tally = async (column: typeof signInEvents.email | typeof signInEvents.address, value: string) => {
    const [row] = await db
      .select({ n: count(), last: max(signInEvents.at) })
      .from(signInEvents)
      .where(
        and(
          eq(column, value),
          gt(signInEvents.at, since),
          inArray(signInEvents.outcome, refused),
          self ? ne(signInEvents.id, self) : undefined,
        ),
      );
    return { n: Number(row?.n ?? 0), last: row?.last ? new Date(row.last) : null };
  };
  const waitFor = ({ n, last }: { n: number; last: Date | null }, limit: number) => {
    if (n < limit || !last) return 0;
    const wait = Math.min(throttleRules.maxWaitMs, throttleRules.firstWaitMs * 2 ** (n - limit));
    return Math.max(0, Math.ceil((last.getTime() + wait - now.getTime()) / 1000));
  };
  const [byEmail, byAddress] = await Promise.all([
    tally(signInEvents.email, email),
    tally(signInEvents.address, address),
  ]);
  return Math.max(waitFor(byEmail, throttleRules.perEmail), waitFor(byAddress, throttleRules.perAddress));
}

/** The last sign-in events of one account (or everyone), newest first: for the Users page. */
export async function lastSignIns(db: Db, limit: number, userId?: string) {
  return db
    .select({
      at: signInEvents.at,
      userId: signInEvents.userId,
      name: users.name,
      // A sign-out or time-out has no typed email: the account's.
      email: sql<string>`coalesce(nullif(${signInEvents.email}, ''), ${users.email}, '')`,
      address: signInEvents.address,
      outcome: signInEvents.outcome,
      reason: signInEvents.reason,
    })
    .from(signInEvents)
    .leftJoin(users, eq(users.id, signInEvents.userId))
    .where(userId ? eq(signInEvents.userId, userId) : undefined)
    .orderBy(desc(signInEvents.at))
    .limit(limit);
}

export type Attempt = Awaited<ReturnType<typeof startAttempt>>;

/** A wait in words: "45 seconds", "4 minutes". */
const waitText = (seconds: number) => (seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

/**
 * Every check of a secret (password, code) starts here: the attempt is recorded, then refused with
 * 429 and Retry-After if its email or address is locked. what: the failures, in words ("failed sign-ins").
 */
export async function beginAttempt(
  db: Db,
  now: Date,
  event: Omit<SignInEvent, "outcome"> & { email: string },
  what: string,
): Promise<Attempt> {
  const attempt = await startAttempt(db, now, event);
  const wait = await throttleWait(db, event.email, event.address, now, attempt.id);
  if (wait > 0) {
    await attempt.settle("throttled");
    throw new ApiError(429, "Too many attempts", `Too many ${what}. Wait ${waitText(wait)} and try again.`, undefined, {
      code: "throttled",
      headers: { "retry-after": String(wait) },
    });
  }
  return attempt;
}
