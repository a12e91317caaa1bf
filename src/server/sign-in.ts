import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { users } from "../db/schema";
import type { SessionUser } from "../shared/schemas/user";
import type { AppEnv, RequiredDeps } from "./deps";
import { ApiError, invalid } from "./problem";
import { clearChallenge, writeSession } from "./session-cookies";
import { createSession, sessionLimits } from "./sessions";
import { recordSignIn, startAttempt, throttleWait } from "./sign-in-events";

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
  const now = deps.clock();
  const address = deps.clientAddress(c);
  const attempt = await startAttempt(deps.db, now, { userId: me.id, email: me.email, address });
  const wait = await throttleWait(deps.db, me.email, address, now, attempt.id);
  if (wait > 0) {
    await attempt.settle("throttled");
    throw new ApiError(
      429,
      "Too many attempts",
      `Too many wrong passwords. Wait ${wait} seconds and try again.`,
      undefined,
      {
        code: "throttled",
        headers: { "retry-after": String(wait) },
      },
    );
  }
  const [row] = await deps.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!row?.passwordHash || !(await deps.passwords.verify(password, row.passwordHash))) {
    await attempt.settle("failure", { reason: "wrong_password" });
    const message = field === "currentPassword" ? "This is not your current password." : "This is not your password.";
    throw invalid([{ path: field, message }]);
  }
  await attempt.discard();
}
