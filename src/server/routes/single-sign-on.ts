import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { ssoRequests, users } from "../../db/schema";
import { isSafeReturnPath } from "../../shared/return-path";
import { notRecorded } from "../../shared/schemas/audit";
import type { SignOnRefusal } from "../../shared/schemas/users";
import { writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError } from "../problem";
import { isHttps } from "../request-origin";
import { readSessionToken } from "../session-cookies";
import { deleteSession, hashToken, newToken } from "../sessions";
import { startSession } from "../sign-in";
import { type FailureReason, recordSignIn, startAttempt } from "../sign-in-events";
import type { SingleSignOnClient } from "../single-sign-on";
import { json, permit, problemResponses } from "./openapi-helpers";

/** The sign-on under way: 10 minutes to sign in at the provider; sent only back to the callback. */
const requestCookie = "tracker_sso";
const requestPath = "/api/auth/oidc";
const requestMs = 10 * 60_000;

const options = createRoute({
  ...permit("signIn.use"),
  method: "get",
  path: "/api/auth/options",
  tags: ["auth"],
  summary: "The ways to sign in here: singleSignOn is true when an identity provider is connected",
  security: [],
  responses: { 200: json(z.object({ singleSignOn: z.boolean() }), "How to sign in") },
});

const start = createRoute({
  ...permit("signIn.use"),
  method: "get",
  path: "/api/auth/oidc/start",
  tags: ["auth"],
  summary: "Single sign-on: sends the browser to the organisation's identity provider (OpenID Connect)",
  description:
    "Authorization code flow with PKCE (S256), state and nonce, kept on the server behind a 10-minute HttpOnly cookie. returnTo (a path on this site) is where the browser lands once signed in. 404 when single sign-on is not set up; 502 when the identity provider cannot be reached.",
  security: [],
  request: { query: z.object({ returnTo: z.string().max(2000).optional() }) },
  responses: { 302: { description: "To the identity provider" }, ...problemResponses(400, 404, 502) },
});

const callback = createRoute({
  ...permit("signIn.use"),
  method: "get",
  path: "/api/auth/oidc/callback",
  tags: ["auth"],
  summary: "Single sign-on: where the identity provider returns; signs in the matching active account",
  description:
    "The code is exchanged and the ID token validated (signature, issuer, audience, expiry, nonce), state and PKCE checked. The account is the existing, active one whose email the provider gives as verified; there is no self-registration. Signed in: 302 to returnTo with the session cookie. Otherwise 302 to /sign-in?sso=no-account (no active account for that email: ask an admin) or /sign-in?sso=failed.",
  security: [],
  request: {
    query: z.object({
      code: z.string().max(4096).optional(),
      state: z.string().max(4096).optional(),
      iss: z.string().max(2048).optional(),
      session_state: z.string().max(4096).optional(),
      error: z.string().max(256).optional(),
      error_description: z.string().max(4096).optional(),
    }),
  },
  responses: {
    302: { description: "Signed in, or to the sign-in page saying why not" },
    ...problemResponses(400, 404),
  },
});

export function singleSignOnRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const settings = deps.singleSignOn;
  // Loaded only when set up, so the browser demo never carries openid-client.
  let client: Promise<SingleSignOnClient> | undefined;
  const getClient = () => {
    if (!settings) throw new ApiError(404, "Not found", "Single sign-on is not set up here.");
    client ??= import("../single-sign-on").then((module) => module.singleSignOnClient(settings));
    return client;
  };
  const secure = (c: Context) => isHttps(c, deps);

  app.openapi(options, (c) => c.json({ singleSignOn: Boolean(settings) }, 200));

  app.openapi(start, async (c) => {
    const sso = await getClient();
    const { returnTo } = c.req.valid("query");
    let started: Awaited<ReturnType<SingleSignOnClient["start"]>>;
    try {
      started = await sso.start();
    } catch {
      throw new ApiError(
        502,
        "Identity provider unreachable",
        "Your organisation's sign-in service could not be reached. Try again, or sign in with your password.",
      );
    }
    const now = deps.clock();
    const token = newToken();
    await deps.db.delete(ssoRequests).where(lt(ssoRequests.expiresAt, now));
    await deps.db.insert(ssoRequests).values({
      tokenHash: await hashToken(token),
      ...started.checks,
      returnTo: returnTo && isSafeReturnPath(returnTo) ? returnTo : "/",
      expiresAt: new Date(now.getTime() + requestMs),
    });
    // Lax, not Strict: the provider sends the browser back with a top-level cross-site GET.
    setCookie(c, requestCookie, token, {
      httpOnly: true,
      sameSite: "Lax",
      secure: secure(c),
      path: requestPath,
      maxAge: requestMs / 1000,
    });
    return c.redirect(started.url.href, 302);
  });

  app.openapi(callback, async (c) => {
    const sso = await getClient();
    const now = deps.clock();
    const address = deps.clientAddress(c);
    const refuse = async (
      page: SignOnRefusal,
      reason: FailureReason,
      who: { userId?: string; email?: string } = {},
    ) => {
      await recordSignIn(deps.db, now, { ...who, address, outcome: "failure", reason });
      return c.redirect(`/sign-in?sso=${page}`, 302);
    };

    // The request is spent whatever happens: a callback is good once, and only in the browser that started it.
    const token = getCookie(c, requestCookie);
    if (token) deleteCookie(c, requestCookie, { path: requestPath, secure: secure(c) });
    const [request] = token
      ? await deps.db
          .delete(ssoRequests)
          .where(and(eq(ssoRequests.tokenHash, await hashToken(token)), gt(ssoRequests.expiresAt, now)))
          .returning()
      : [];
    // Not recorded: anyone's page can send a browser here (an <img>, a link), and a recorded
    // failure would count towards locking that address out of password sign-in.
    if (!request) return c.redirect("/sign-in?sso=failed", 302);

    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(c.req.valid("query"))) if (value !== undefined) params.set(name, value);
    let identity: Awaited<ReturnType<SingleSignOnClient["finish"]>>;
    try {
      identity = await sso.finish(params, request);
    } catch {
      // A refusal at the provider, a replayed or forged answer, an invalid token: recorded, never logged with values.
      return refuse("failed", "sso_failed");
    }
    if (!identity.email || !identity.emailVerified)
      return refuse("no-account", "email_not_verified", identity.email ? { email: identity.email } : {});

    const [user] = await deps.db.select().from(users).where(eq(users.email, identity.email));
    if (!user) return refuse("no-account", "unknown_email", { email: identity.email });
    if (user.disabled) return refuse("no-account", "disabled", { userId: user.id, email: user.email });

    // Signing in ends whatever session this browser had, whoever's it was.
    const carried = readSessionToken(c, deps);
    if (carried) await deleteSession(deps.db, carried);
    if (user.ssoSubject !== identity.subject)
      await deps.db.transaction(async (tx) => {
        await tx.update(users).set({ ssoSubject: identity.subject }).where(eq(users.id, user.id));
        // The account now answers to an organisation account: attributable, as any change to an
        // account is. The provider's subject is an identifier, so the audit says only that it changed.
        await writeAudit(
          tx,
          now,
          { actorId: user.id, actorName: user.name, address },
          {
            action: "update",
            resource: "users",
            recordId: user.id,
            detail: { via: "single sign-on" },
            changes: [
              { field: "organisationAccount", before: user.ssoSubject ? notRecorded : null, after: notRecorded },
            ],
          },
        );
      });
    const attempt = await startAttempt(deps.db, now, { userId: user.id, email: user.email, address });
    await startSession(c, deps, user, { attempt, now, via: "sso" });
    return c.redirect(request.returnTo, 302);
  });
}
