import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { signedInHintCookie } from "../shared/session-hint";
import type { AppDeps } from "./deps";
import { sessionCookie } from "./sessions";

/** A sign-in halfway through (password right, code not yet given): 5 minutes, sent only to /api/auth. */
export const challengeCookie = "tracker_mfa";
export const challengeMs = 5 * 60_000;
const challengePath = "/api/auth";

type Deps = Required<Pick<AppDeps, "sessionMaxMs">> & Pick<AppDeps, "sessionHeader">;

/** The session token: from the HttpOnly cookie, or (browser demo only) from its header. */
export function readSessionToken(c: Context, deps: Deps): string | undefined {
  return (
    getCookie(c, sessionCookie) || (deps.sessionHeader ? c.req.header(deps.sessionHeader) : undefined) || undefined
  );
}

export function writeSession(c: Context, deps: Deps, token: string) {
  const options = {
    sameSite: "Lax" as const,
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    // The browser keeps the cookie for the session's whole life; the server ends it sooner when idle.
    maxAge: Math.floor(deps.sessionMaxMs / 1000),
  };
  setCookie(c, sessionCookie, token, { ...options, httpOnly: true });
  setCookie(c, signedInHintCookie, "1", options);
  if (deps.sessionHeader) c.header(deps.sessionHeader, token);
}

export function clearSession(c: Context, deps: Deps) {
  deleteCookie(c, sessionCookie, { path: "/" });
  deleteCookie(c, signedInHintCookie, { path: "/" });
  if (deps.sessionHeader) c.header(deps.sessionHeader, "");
}

export function writeChallenge(c: Context, token: string) {
  setCookie(c, challengeCookie, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: challengePath,
    maxAge: Math.floor(challengeMs / 1000),
  });
}

export const readChallenge = (c: Context) => getCookie(c, challengeCookie) || undefined;

export function clearChallenge(c: Context) {
  if (getCookie(c, challengeCookie)) deleteCookie(c, challengeCookie, { path: challengePath });
}
