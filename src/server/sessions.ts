import { and, desc, eq, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { mfaChallenges, sessions, users } from "../db/schema";
import type { SessionUser, SignedInVia } from "../shared/schemas/users";

/** How long a session lives: idle (moves with use) and absolute (from sign-in, never moves). */
type SessionLimits = { idleMs: number; maxMs: number };
export const sessionLimits = (deps: { sessionIdleMs: number; sessionMaxMs: number }): SessionLimits => ({
  idleMs: deps.sessionIdleMs,
  maxMs: deps.sessionMaxMs,
});

const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Only the hash of a token is stored, so a copy of the table opens no session. */
export async function hashToken(token: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
}

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** How long a timed-out session's row is kept to say so (it opens nothing meanwhile). */
const sweepAfterMs = 24 * 60 * 60 * 1000;

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  limits: SessionLimits,
  via: SignedInVia = "password",
): Promise<string> {
  const token = newToken();
  // Sweep sessions that timed out or ended more than a day ago, anyone's. Not at once: the row is
  // how a returning browser is told "timed out" (and the time-out recorded) rather than "not signed in".
  const swept = new Date(now.getTime() - sweepAfterMs);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, swept), lt(sessions.endsAt, swept)));
  await db.insert(sessions).values({
    tokenHash: await hashToken(token),
    userId,
    createdAt: now,
    lastUsedAt: now,
    expiresAt: new Date(now.getTime() + limits.idleMs),
    endsAt: new Date(now.getTime() + limits.maxMs),
    via,
  });
  return token;
}

type SessionLookup =
  | { state: "live"; user: SessionUser; sessionId: string; expiresAt: Date; twoStep: boolean; via: SignedInVia }
  /** The token was a session that timed out or reached its end: gone now; userId for the record. */
  | { state: "ended"; userId: string; reason: "idle" | "max" }
  | { state: "none" };

/**
 * The user behind a token, if the session is live and the account active. Use slides the
 * idle timeout forward (written at most about once a minute); a session past its idle
 * timeout or its absolute end is deleted and reported as ended.
 */
export async function findSession(db: Db, token: string, now: Date, limits: SessionLimits): Promise<SessionLookup> {
  const tokenHash = await hashToken(token);
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      twoStep: sql<boolean>`${users.mfaSecret} is not null`,
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      endsAt: sessions.endsAt,
      via: sessions.via,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row || row.disabled) return { state: "none" };
  if (row.expiresAt <= now || row.endsAt <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { state: "ended", userId: row.id, reason: row.endsAt <= now ? "max" : "idle" };
  }
  const renewed = new Date(Math.min(now.getTime() + limits.idleMs, row.endsAt.getTime()));
  let expiresAt = row.expiresAt;
  if (renewed.getTime() - row.expiresAt.getTime() > 60_000) {
    await db.update(sessions).set({ expiresAt: renewed, lastUsedAt: now }).where(eq(sessions.tokenHash, tokenHash));
    expiresAt = renewed;
  }
  const { id, email, name, role, sessionId, twoStep, via } = row;
  return { state: "live", user: { id, email, name, role }, sessionId, expiresAt, twoStep: Boolean(twoStep), via };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, await hashToken(token)));
}

/**
 * Signs a person out everywhere (disabled, password set or reset, or at an admin's request),
 * half-way sign-ins waiting for a code included.
 */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db.delete(mfaChallenges).where(eq(mfaChallenges.userId, userId));
}

/**
 * Every session of a person but this one, and their half-way sign-ins: after a change to how they
 * sign in (password changed, two-step verification on or off), whoever is elsewhere signs in again.
 */
export async function deleteOtherSessions(db: Db, userId: string, keep: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keep)));
  await db.delete(mfaChallenges).where(eq(mfaChallenges.userId, userId));
}

/** One of a person's own sessions, by the id they see; false when it is not theirs or not there. */
export async function deleteOwnSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return gone.length > 0;
}

/** A person's live sessions, newest first. */
export async function sessionsOf(db: Db, userId: string, now: Date) {
  const rows = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
      endsAt: sessions.endsAt,
      via: sessions.via,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt));
  return rows.filter((row) => row.expiresAt > now && row.endsAt > now);
}
