import { resolve } from "node:path";
import type { MfaRequired } from "./two-step";

export type ServerConfig = {
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
  return {
    port,
    mfaRequired,
    suppressionThreshold,
    roundingBase,
    sessionIdleMinutes,
    sessionMaxHours,
    allowDemoAccounts,
    ...(publicUrl ? { publicUrl } : {}),
    host,
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    seed,
  };
}
