import { resolve } from "node:path";
import type { SingleSignOnSettings } from "./single-sign-on";
import type { MfaRequired } from "./two-step";

type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  seed: "demo" | "none";
  /** Small-number suppression: counts below this are shown as "fewer than N". */
  suppressionThreshold: number;
  /** Equality figures are rounded to the nearest multiple of this; 1 turns rounding off. */
  roundingBase: number;
  /** A session ends after this long without use, and after maxHours whatever happens. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** The app's own origin, e.g. https://involve.example.org (links handed out are built on it). */
  publicUrl?: string;
  /** A deliberate demo on a network: let accounts with the published demo password sign in. */
  allowDemoAccounts: boolean;
  /** Who must use two-step verification. */
  mfaRequired: MfaRequired;
  /** TRUST_PROXY=1: behind a proxy, take the client's address and scheme from X-Forwarded-For / -Proto. */
  trustProxy: boolean;
  /** OpenID Connect single sign-on, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
  singleSignOn?: SingleSignOnSettings;
};

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${env[name]}".`);
  return value;
}

/** All three OIDC_ settings or none; the callback address is built on PUBLIC_URL, so that is needed too. */
function readSingleSignOn(env: NodeJS.ProcessEnv, publicUrl: string | undefined): SingleSignOnSettings | undefined {
  const names = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
  const given = names.filter((name) => env[name]);
  if (given.length === 0) return undefined;
  if (given.length < names.length)
    throw new Error(
      `Single sign-on needs ${names.join(", ")} together; ${names.filter((n) => !env[n]).join(", ")} missing.`,
    );
  if (!publicUrl)
    throw new Error(
      "Single sign-on needs PUBLIC_URL (the callback registered with the identity provider is PUBLIC_URL/api/auth/oidc/callback).",
    );
  const issuer = URL.canParse(env.OIDC_ISSUER ?? "") ? new URL(env.OIDC_ISSUER as string) : null;
  // Plain http only to this machine (a provider in tests or development): tokens cross that connection.
  if (!issuer || !(issuer.protocol === "https:" || (issuer.protocol === "http:" && isLoopback(issuer.hostname))))
    throw new Error(
      `OIDC_ISSUER must be the identity provider's https address, e.g. https://login.microsoftonline.com/<tenant>/v2.0, not "${env.OIDC_ISSUER}".`,
    );
  return {
    issuer: env.OIDC_ISSUER as string,
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET as string,
    redirectUri: `${publicUrl}/api/auth/oidc/callback`,
  };
}

/** Which database: PostgreSQL at DATABASE_URL, else the embedded one in DATA_DIR (default ./data). */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): { dataDir: string; databaseUrl?: string } {
  return {
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  };
}

/** Configuration by environment, with a clear message for a value that makes no sense. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const host = env.HOST ?? "127.0.0.1";
  const allowDemoAccounts = env.ALLOW_DEMO_ACCOUNTS === "1";
  // Demo accounts (with a published password) are seeded by default only where no one else can reach them.
  const seed = env.SEED ?? (env.DATABASE_URL || !(isLoopback(host) || allowDemoAccounts) ? "none" : "demo");
  if (seed !== "demo" && seed !== "none") throw new Error(`SEED must be "demo" or "none", not "${env.SEED}".`);
  // From 3: with 2, "fewer than 2" would say the count is 1.
  const suppressionThreshold = Number(env.SUPPRESSION_THRESHOLD ?? 5);
  if (!Number.isInteger(suppressionThreshold) || suppressionThreshold < 3 || suppressionThreshold > 100)
    throw new Error(`SUPPRESSION_THRESHOLD must be a whole number from 3 to 100, not "${env.SUPPRESSION_THRESHOLD}".`);
  const roundingBase = wholeNumber(env, "ROUNDING_BASE", 5, 1, 10);
  const sessionIdleMinutes = wholeNumber(env, "SESSION_IDLE_MINUTES", 30, 1, 24 * 60);
  const sessionMaxHours = wholeNumber(env, "SESSION_MAX_HOURS", 12, 1, 7 * 24);
  let publicUrl: string | undefined;
  if (env.PUBLIC_URL) {
    const url = URL.canParse(env.PUBLIC_URL) ? new URL(env.PUBLIC_URL) : null;
    if (!url || !["http:", "https:"].includes(url.protocol) || url.pathname !== "/")
      throw new Error(`PUBLIC_URL must be an origin such as https://involve.example.org, not "${env.PUBLIC_URL}".`);
    publicUrl = url.origin;
  }
  // On a network, admin (who can reach everything) must use two-step verification by default.
  const mfaRequired = (env.MFA_REQUIRED ?? (isLoopback(host) ? "none" : "admin")) as MfaRequired;
  if (!["none", "admin", "all"].includes(mfaRequired))
    throw new Error(`MFA_REQUIRED must be "none", "admin" or "all", not "${env.MFA_REQUIRED}".`);
  const singleSignOn = readSingleSignOn(env, publicUrl);
  if (env.TRUST_PROXY !== undefined && !["", "0", "1"].includes(env.TRUST_PROXY))
    throw new Error(`TRUST_PROXY must be 1 (behind a proxy) or 0, not "${env.TRUST_PROXY}".`);
  const trustProxy = env.TRUST_PROXY === "1";
  return {
    port,
    trustProxy,
    mfaRequired,
    ...(singleSignOn ? { singleSignOn } : {}),
    suppressionThreshold,
    roundingBase,
    sessionIdleMinutes,
    sessionMaxHours,
    allowDemoAccounts,
    ...(publicUrl ? { publicUrl } : {}),
    host,
    ...readDatabaseConfig(env),
    seed,
  };
}
