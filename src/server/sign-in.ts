import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { users } from "../db/schema";
import type { SessionUser, SignedInVia } from "../shared/schemas/users";
import type { AppEnv, RequiredDeps } from "./deps";
import { invalid } from "./problem";
import { clearChallenge, writeSession } from "./session-cookies";
import { createSession, sessionLimits } from "./sessions";
import { type Attempt, beginAttempt } from "./sign-in-events";

/**
 * The end of every sign-in (a password, then a code where one is needed): a new session, and the
 * attempt that got here recorded as the success.
 */
export async function startSession(
  c: Context<AppEnv>,
  deps: RequiredDeps,
  user: SessionUser,
  { attempt, now, via = "password" }: { attempt: Attempt; now: Date; via?: SignedInVia },
): Promise<SessionUser> {
  const token = await createSession(deps.db, user.id, now, sessionLimits(deps), via);
  await deps.db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await attempt.settle("success", { userId: user.id });
  clearChallenge(c, deps);
  writeSession(c, deps, token);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The password asked for again inside a session (to change it, to turn two-step verification off):
 * throttled and recorded like a sign-in, so a stolen session cannot be used to guess it.
 */
export async function checkPasswordAgain(
  c: Context<AppEnv>,
  deps: RequiredDeps,
  me: SessionUser,
  password: string,
  field: "password" | "currentPassword",
): Promise<void> {
  const event = { userId: me.id, email: me.email, address: deps.clientAddress(c) };
  const attempt = await beginAttempt(deps.db, deps.clock(), event, "wrong passwords");
  const [row] = await deps.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!row?.passwordHash || !(await deps.passwords.verify(password, row.passwordHash))) {
    await attempt.settle("failure", { reason: "wrong_password" });
    const message = field === "currentPassword" ? "This is not your current password." : "This is not your password.";
    throw invalid([{ path: field, message }]);
  }
  await attempt.discard();
}
