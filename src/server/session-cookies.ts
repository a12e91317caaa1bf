import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { signedInHintCookie } from "../shared/session-hint";
import type { AppDeps } from "./deps";
import { isHttps, sessionCookieName } from "./request-origin";

/** A sign-in halfway through (password right, code not yet given): 5 minutes, sent only to /api/auth. */
const challengeCookie = "tracker_mfa";
export const challengeMs = 5 * 60_000;
const challengePath = "/api/auth";

type Deps = Required<Pick<AppDeps, "sessionMaxMs">> & Pick<AppDeps, "sessionHeader" | "publicUrl" | "trustProxy">;

/** The session token: from the HttpOnly cookie, or (browser demo only) from its header. */
export function readSessionToken(c: Context, deps: Deps): string | undefined {
  return (
    getCookie(c, sessionCookieName(deps)) ||
    (deps.sessionHeader ? c.req.header(deps.sessionHeader) : undefined) ||
    undefined
  );
}

export function writeSession(c: Context, deps: Deps, token: string) {
  const options = {
    sameSite: "Lax" as const,
    secure: isHttps(c, deps),
    path: "/",
    // The browser keeps the cookie for the session's whole life; the server ends it sooner when idle.
    maxAge: Math.floor(deps.sessionMaxMs / 1000),
  };
  setCookie(c, sessionCookieName(deps), token, { ...options, httpOnly: true });
  setCookie(c, signedInHintCookie, "1", options);
  if (deps.sessionHeader) c.header(deps.sessionHeader, token);
}

/** Both cookies gone: the session's, and the hint that tells the page it may be signed in. */
export function clearSession(c: Context, deps: Deps) {
  const secure = isHttps(c, deps);
  deleteCookie(c, sessionCookieName(deps), { path: "/", secure });
  deleteCookie(c, signedInHintCookie, { path: "/", secure });
  if (deps.sessionHeader) c.header(deps.sessionHeader, "");
}

export function writeChallenge(c: Context, deps: Deps, token: string) {
  setCookie(c, challengeCookie, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c, deps),
    path: challengePath,
    maxAge: Math.floor(challengeMs / 1000),
  });
}

export const readChallenge = (c: Context) => getCookie(c, challengeCookie) || undefined;

export function clearChallenge(c: Context, deps: Deps) {
  if (getCookie(c, challengeCookie))
    deleteCookie(c, challengeCookie, { path: challengePath, secure: isHttps(c, deps) });
}
