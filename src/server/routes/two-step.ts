import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import { mfaChallenges, recoveryCodes, users } from "../../db/schema";
import { codeInput, passwordConfirmInput, sessionUser, twoStepSetup } from "../../shared/schemas/users";
import { accountChange, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, invalid } from "../problem";
import { clearChallenge, readChallenge } from "../session-cookies";
import { deleteOtherSessions, hashToken } from "../sessions";
import { checkPasswordAgain, startSession } from "../sign-in";
import { beginAttempt } from "../sign-in-events";
import {
  acceptedStep,
  mustUseTwoStep,
  newRecoveryCodes,
  newSecret,
  otpauthUrlFor,
  recoveryCodeHash,
} from "../two-step";
import { json, permit, problemResponses } from "./openapi-helpers";

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});

const verify = createRoute({
  ...permit("signIn.use"),
  method: "post",
  path: "/api/auth/login/verify",
  tags: ["auth"],
  summary: "Finish a sign-in with two-step verification: a code from the app, or a recovery code",
  description:
    "Needs the 5-minute cookie that POST /api/auth/login set. A wrong code is 422 at code and counts towards throttling (429 with Retry-After).",
  security: [],
  request: jsonBody(codeInput),
  responses: {
    200: json(z.object({ user: sessionUser }), "Signed in"),
    ...problemResponses(401, 422, 429),
  },
});

const setup = createRoute({
  ...permit("ownAccount.update"),
  method: "post",
  path: "/api/auth/mfa/setup",
  tags: ["auth"],
  summary:
    "Start setting up two-step verification: a new secret (base32, SHA-1, 6 digits, 30 s) and its otpauth:// link",
  responses: { 200: json(twoStepSetup, "The secret to add to an authenticator app"), ...problemResponses(401, 409) },
});

const enable = createRoute({
  ...permit("ownAccount.update"),
  method: "post",
  path: "/api/auth/mfa/enable",
  tags: ["auth"],
  summary: "Turn two-step verification on with a code from the app; answers 10 single-use recovery codes, once",
  request: jsonBody(codeInput),
  responses: {
    200: json(z.object({ recoveryCodes: z.array(z.string()) }), "On; keep these recovery codes"),
    ...problemResponses(401, 422),
  },
});

const disable = createRoute({
  ...permit("ownAccount.update"),
  method: "post",
  path: "/api/auth/mfa/disable",
  tags: ["auth"],
  summary: "Turn two-step verification off, with your password (not where your role must use it)",
  request: jsonBody(passwordConfirmInput),
  responses: { 204: { description: "Off" }, ...problemResponses(401, 409, 422) },
});

const wrongCode = () =>
  invalid([{ path: "code", message: "That code is not right. Try the newest one from the app." }]);

export function twoStepRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(verify, async (c) => {
    const now = deps.clock();
    const token = readChallenge(c);
    const [challenge] = token
      ? await deps.db
          .select({ user: users })
          .from(mfaChallenges)
          .innerJoin(users, eq(users.id, mfaChallenges.userId))
          .where(and(eq(mfaChallenges.tokenHash, await hashToken(token)), gt(mfaChallenges.expiresAt, now)))
      : [];
    const user = challenge?.user;
    if (!user?.mfaSecret || user.disabled) {
      clearChallenge(c, deps);
      throw new ApiError(401, "Sign in again", "This sign-in took too long or was not started: sign in again.");
    }
    const event = { userId: user.id, email: user.email, address: deps.clientAddress(c) };
    const attempt = await beginAttempt(deps.db, now, event, "wrong codes");
    const { code } = c.req.valid("json");
    const step = await acceptedStep(user.mfaSecret, code, user.mfaLastStep);
    let accepted = false;
    if (step !== null) {
      // Spent only if no one spent this step (or a later one) meanwhile: a code is good once, even in a race.
      const spent = await deps.db
        .update(users)
        .set({ mfaLastStep: step })
        .where(and(eq(users.id, user.id), or(isNull(users.mfaLastStep), lt(users.mfaLastStep, step))))
        .returning({ id: users.id });
      accepted = spent.length > 0;
    } else {
      // Not a current code: perhaps one of the recovery codes, each good once.
      const used = await deps.db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, user.id),
            eq(recoveryCodes.codeHash, await recoveryCodeHash(code)),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ userId: recoveryCodes.userId });
      accepted = used.length > 0;
    }
    if (!accepted) {
      await attempt.settle("failure", { reason: "wrong_code" });
      throw wrongCode();
    }
    await deps.db.delete(mfaChallenges).where(eq(mfaChallenges.userId, user.id));
    return c.json({ user: await startSession(c, deps, user, { attempt, now }) }, 200);
  });

  app.openapi(setup, async (c) => {
    const me = c.get("user");
    // Replacing the app needs the password: turn it off first (which asks for it), then set up again.
    if (c.get("twoStep"))
      throw new ApiError(409, "Already on", "Two-step verification is on. Turn it off first to set up another app.");
    const secret = newSecret();
    await deps.db.update(users).set({ mfaPendingSecret: secret }).where(eq(users.id, me.id));
    return c.json({ secret, otpauthUrl: otpauthUrlFor(me.email, secret) }, 200);
  });

  app.openapi(enable, async (c) => {
    const me = c.get("user");
    const [row] = await deps.db.select({ pending: users.mfaPendingSecret }).from(users).where(eq(users.id, me.id));
    if (!row?.pending)
      throw invalid([{ path: "code", message: "Start the set-up again: there is no secret waiting." }]);
    // The code only proves the app holds the secret: it is not spent, so signing in with it next is fine.
    if ((await acceptedStep(row.pending, c.req.valid("json").code, null)) === null) throw wrongCode();
    const codes = newRecoveryCodes();
    const hashes = await Promise.all(codes.map(recoveryCodeHash));
    await deps.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ mfaSecret: row.pending, mfaPendingSecret: null, mfaLastStep: null })
        .where(eq(users.id, me.id));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, me.id));
      await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId: me.id, codeHash })));
      await writeAudit(tx, deps.clock(), whoIs(c, deps), accountChange(me.id, "twoStep"));
      // Sessions that never gave a code (someone held at the set-up with a stolen password) end here.
      await deleteOtherSessions(tx, me.id, c.get("sessionId"));
    });
    return c.json({ recoveryCodes: codes }, 200);
  });

  app.openapi(disable, async (c) => {
    const me = c.get("user");
    await checkPasswordAgain(c, deps, me, c.req.valid("json").password, "password");
    if (mustUseTwoStep(deps.mfaRequired, me.role))
      throw new ApiError(409, "Required", "Your role must use two-step verification here, so it cannot be turned off.");
    await deps.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null })
        .where(eq(users.id, me.id));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, me.id));
      await deleteOtherSessions(tx, me.id, c.get("sessionId"));
      await writeAudit(tx, deps.clock(), whoIs(c, deps), accountChange(me.id, "twoStep"));
    });
    return c.body(null, 204);
  });
}
