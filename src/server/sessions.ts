import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../db/database";
import { sessions, users } from "../db/schema";
import type { SessionUser } from "../shared/schemas/user";

export const sessionCookie = "tracker_session";

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

export async function createSession(db: Db, userId: string, now: Date, ttlMs: number): Promise<string> {
  const token = newToken();
  await db.delete(sessions).where(lt(sessions.expiresAt, now)); // sweep expired ones
  await db.insert(sessions).values({
    tokenHash: await hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return token;
}

/** The user behind a live token; slides the expiry forward while it is used. */
export async function findSessionUser(db: Db, token: string, now: Date, ttlMs: number): Promise<SessionUser | null> {
  const tokenHash = await hashToken(token);
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const renewed = new Date(now.getTime() + ttlMs);
  // Write at most about once a minute per session, not on every request.
  if (renewed.getTime() - row.expiresAt.getTime() > 60_000) {
    await db.update(sessions).set({ expiresAt: renewed }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { expiresAt: _, ...user } = row;
  return user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, await hashToken(token)));
}
