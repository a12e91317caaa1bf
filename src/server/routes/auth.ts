import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import { mfaChallenges, passwordLinks, users } from "../../db/schema";
import { id } from "../../shared/schemas/common";
import {
  accountSession,
  changePasswordInput,
  loginInput,
  sessionUser,
  setPasswordInput,
  signedInWays,
  signInResult,
  twoStepStatus,
} from "../../shared/schemas/users";
import { accountChange, sessionsEnded, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { passwordProblem } from "../password-policy";
import { ApiError, invalid, notFound } from "../problem";
import { challengeMs, clearSession, readSessionToken, writeChallenge } from "../session-cookies";
import {
  deleteOtherSessions,
  deleteOwnSession,
  deleteSession,
  deleteSessionsOf,
  hashToken,
  newToken,
  sessionsOf,
} from "../sessions";
import { checkPasswordAgain, startSession } from "../sign-in";
import { beginAttempt, type FailureReason, recordSignIn } from "../sign-in-events";
import { mustUseTwoStep } from "../two-step";
import { json, permit, problemResponses } from "./openapi-helpers";

const userEnvelope = z.object({ user: sessionUser });

const login = createRoute({
  ...permit("signIn.use"),
  method: "post",
  path: "/api/auth/login",
  tags: ["auth"],
  summary: "Sign in with email and password; sets an HttpOnly session cookie",
  description:
    "Ends any session the request's cookie carried. After 5 failed sign-ins for one email in 15 minutes (or 50 from one address), every attempt gets 429 with Retry-After, the wait doubling with each further attempt, to at most 15 minutes.",
  security: [],
  request: { body: { required: true, content: { "application/json": { schema: loginInput } } } },
  responses: {
    200: json(signInResult, "Signed in; or, with two-step verification, { mfaRequired: true } and a 5-minute cookie"),
    ...problemResponses(401, 422, 429),
  },
});

const logout = createRoute({
  ...permit("ownAccount.update"),
  method: "post",
  path: "/api/auth/logout",
  tags: ["auth"],
  summary: "Sign out; the session ends on the server",
  responses: { 204: { description: "Signed out" }, ...problemResponses(401) },
});

const me = createRoute({
  ...permit("ownAccount.read"),
  method: "get",
  path: "/api/auth/me",
  tags: ["auth"],
  summary: "The signed-in user, and their two-step verification: on or off, and whether their role must use it",
  responses: {
    200: json(
      userEnvelope.extend({ twoStep: twoStepStatus, signedInWith: z.enum(signedInWays) }),
      "The signed-in user; signedInWith says how this session began",
    ),
    ...problemResponses(401),
  },
});

const setPassword = createRoute({
  ...permit("signIn.use"),
  method: "post",
  path: "/api/auth/set-password",
  tags: ["auth"],
  summary: "Set a password with a single-use link's token (a new account, or a reset by an admin)",
  description: "Ends every session of the account. A used, expired or unknown token is 400 at token.",
  security: [],
  request: { body: { required: true, content: { "application/json": { schema: setPasswordInput } } } },
  responses: { 204: { description: "Password set" }, ...problemResponses(400, 422) },
});

const changePassword = createRoute({
  ...permit("ownAccount.update"),
  method: "post",
  path: "/api/auth/password",
  tags: ["auth"],
  summary: "Change your own password (your other sessions end)",
  request: { body: { required: true, content: { "application/json": { schema: changePasswordInput } } } },
  responses: { 204: { description: "Password changed" }, ...problemResponses(401, 422) },
});

const listSessions = createRoute({
  ...permit("ownAccount.read"),
  method: "get",
  path: "/api/auth/sessions",
  tags: ["auth"],
  summary: "Your own sessions, newest first; current marks this one",
  responses: { 200: json(z.object({ items: z.array(accountSession) }), "Your sessions"), ...problemResponses(401) },
});

const endSession = createRoute({
  ...permit("ownAccount.update"),
  method: "delete",
  path: "/api/auth/sessions/{id}",
  tags: ["auth"],
  summary: "Sign out one of your own sessions",
  request: { params: z.object({ id }) },
  responses: { 204: { description: "Signed out there" }, ...problemResponses(401, 404) },
});

/** The same answer for every failed sign-in, so it never tells which emails have accounts. */
const badCredentials = () => new ApiError(401, "Sign-in failed", "The email address or password is not right.");

export function authRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  let dummyHash: Promise<string> | undefined;
  /** Spend the time of a real check, so timing does not tell which emails exist either. */
  const spendTime = async (password: string) => {
    dummyHash ??= deps.passwords.hash("not-a-real-password");
    await deps.passwords.verify(password, await dummyHash);
  };

  app.openapi(login, async (c) => {
    const { password } = c.req.valid("json");
    const email = c.req.valid("json").email.toLowerCase();
    const now = deps.clock();
    const address = deps.clientAddress(c);
    // Signing in ends whatever session this browser had, whoever's it was.
    const carried = readSessionToken(c, deps);
    if (carried) await deleteSession(deps.db, carried);

    // The account first (when there is one), so that even a throttled attempt is recorded against it:
    // admin looking at one account sees it is locked or under attack.
    const [user] = await deps.db.select().from(users).where(eq(users.email, email));
    const attempt = await beginAttempt(deps.db, now, { email, address, userId: user?.id ?? null }, "failed sign-ins");
    const fail = async (reason: FailureReason) => {
      await attempt.settle("failure", { reason, userId: user?.id ?? null });
      return badCredentials();
    };
    if (!user) {
      await spendTime(password);
      throw await fail("unknown_email");
    }
    if (!user.passwordHash) {
      await spendTime(password);
      throw await fail("no_password");
    }
    if (!(await deps.passwords.verify(password, user.passwordHash))) throw await fail("wrong_password");
    // A leaver gets the same answer as a wrong password, but only after the right one.
    if (user.disabled) throw await fail("disabled");
    if (user.mfaSecret) {
      // Not a failure, nor yet a sign-in: the code step records its own attempt.
      await attempt.discard();
      // Half-way: the password is right; a code from the app finishes it (POST /api/auth/login/verify).
      const challenge = newToken();
      await deps.db.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, now));
      await deps.db.insert(mfaChallenges).values({
        tokenHash: await hashToken(challenge),
        userId: user.id,
        expiresAt: new Date(now.getTime() + challengeMs),
      });
      writeChallenge(c, deps, challenge);
      return c.json({ mfaRequired: true as const }, 200);
    }
    return c.json({ user: await startSession(c, deps, user, { attempt, now }) }, 200);
  });

  app.openapi(logout, async (c) => {
    const token = readSessionToken(c, deps);
    if (token) await deleteSession(deps.db, token);
    await recordSignIn(deps.db, deps.clock(), {
      userId: c.get("user").id,
      address: deps.clientAddress(c),
      outcome: "signed_out",
    });
    clearSession(c, deps);
    return c.body(null, 204);
  });

  app.openapi(me, (c) => {
    const user = c.get("user");
    const via = c.get("via");
    // Signed in with single sign-on: the identity provider asked for the second step, not us.
    const twoStep = {
      enabled: c.get("twoStep"),
      required: via === "password" && mustUseTwoStep(deps.mfaRequired, user.role),
    };
    return c.json({ user, twoStep, signedInWith: via }, 200);
  });

  app.openapi(setPassword, async (c) => {
    const { token, password } = c.req.valid("json");
    const now = deps.clock();
    const tokenHash = await hashToken(token);
    const [link] = await deps.db
      .select({ userId: passwordLinks.userId, email: users.email })
      .from(passwordLinks)
      .innerJoin(users, eq(users.id, passwordLinks.userId))
      .where(
        and(eq(passwordLinks.tokenHash, tokenHash), isNull(passwordLinks.usedAt), gt(passwordLinks.expiresAt, now)),
      );
    if (!link) {
      throw new ApiError(400, "Link not valid", "This link has been used, has expired or is not right.", [
        { path: "token", message: "This link has been used, has expired or is not right: ask an admin for a new one." },
      ]);
    }
    const problem = passwordProblem(password, link.email);
    if (problem) throw invalid([{ path: "password", message: problem }]);
    const passwordHash = await deps.passwords.hash(password);
    await deps.db.transaction(async (tx) => {
      // Spend the link only if nobody spent it meanwhile: two tabs cannot both set a password with it.
      const spent = await tx
        .update(passwordLinks)
        .set({ usedAt: now })
        .where(and(eq(passwordLinks.tokenHash, tokenHash), isNull(passwordLinks.usedAt)))
        .returning({ userId: passwordLinks.userId });
      if (spent.length === 0)
        throw new ApiError(400, "Link not valid", "This link has just been used.", [
          {
            path: "token",
            message: "This link has been used, has expired or is not right: ask an admin for a new one.",
          },
        ]);
      await tx.update(passwordLinks).set({ usedAt: now }).where(eq(passwordLinks.userId, link.userId));
      await tx.update(users).set({ passwordHash }).where(eq(users.id, link.userId));
      await deleteSessionsOf(tx, link.userId);
      await writeAudit(tx, now, whoIs(c, deps), accountChange(link.userId, "password"));
    });
    return c.body(null, 204);
  });

  app.openapi(changePassword, async (c) => {
    const { currentPassword, password } = c.req.valid("json");
    const me = c.get("user");
    await checkPasswordAgain(c, deps, me, currentPassword, "currentPassword");
    const problem = passwordProblem(password, me.email);
    if (problem) throw invalid([{ path: "password", message: problem }]);
    if (password === currentPassword)
      throw invalid([{ path: "password", message: "Choose a password different from your current one." }]);
    const passwordHash = await deps.passwords.hash(password);
    const sessionId = c.get("sessionId");
    await deps.db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, me.id));
      // A set-password link not yet used would replace the password just chosen: it is spent.
      await tx
        .update(passwordLinks)
        .set({ usedAt: deps.clock() })
        .where(and(eq(passwordLinks.userId, me.id), isNull(passwordLinks.usedAt)));
      await writeAudit(tx, deps.clock(), whoIs(c, deps), accountChange(me.id, "password"));
      // Every other session ends, and any sign-in half-way with the old password: whoever knew it is out.
      await deleteOtherSessions(tx, me.id, sessionId);
    });
    return c.body(null, 204);
  });

  app.openapi(listSessions, async (c) => {
    const current = c.get("sessionId");
    const items = (await sessionsOf(deps.db, c.get("user").id, deps.clock())).map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      current: s.id === current,
    }));
    return c.json({ items }, 200);
  });

  app.openapi(endSession, async (c) => {
    const { id: sessionId } = c.req.valid("param");
    const ended = await deps.db.transaction(async (tx) => {
      if (!(await deleteOwnSession(tx, c.get("user").id, sessionId))) return false;
      await writeAudit(tx, deps.clock(), whoIs(c, deps), sessionsEnded(c.get("user").id, "one"));
      return true;
    });
    if (!ended) throw notFound("That session");
    if (sessionId === c.get("sessionId")) clearSession(c, deps);
    return c.body(null, 204);
  });
}
