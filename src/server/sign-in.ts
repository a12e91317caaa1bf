import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { users } from "../db/schema";
import type { SessionUser } from "../shared/schemas/user";
import type { AppEnv, RequiredDeps } from "./deps";
import { clearChallenge, writeSession } from "./session-cookies";
import { createSession, sessionLimits } from "./sessions";
import { recordSignIn } from "./sign-in-events";

/** The end of every sign-in (a password, then a code where one is needed): a new session, recorded. */
export async function startSession(
  c: Context<AppEnv>,
  deps: RequiredDeps,
  user: SessionUser,
  { address, now }: { address: string; now: Date },
): Promise<SessionUser> {
  const token = await createSession(deps.db, user.id, now, sessionLimits(deps));
  await deps.db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await recordSignIn(deps.db, now, { userId: user.id, email: user.email, address, outcome: "success" });
  clearChallenge(c);
  writeSession(c, deps, token);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
