import { resolve } from "node:path";

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
};

/** Configuration by environment, with a clear message for a value that makes no sense. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const seed = env.SEED ?? (env.DATABASE_URL ? "none" : "demo");
  if (seed !== "demo" && seed !== "none") throw new Error(`SEED must be "demo" or "none", not "${env.SEED}".`);
  // From 3: with 2, "fewer than 2" would say the count is 1.
  const suppressionThreshold = Number(env.SUPPRESSION_THRESHOLD ?? 5);
  if (!Number.isInteger(suppressionThreshold) || suppressionThreshold < 3 || suppressionThreshold > 100)
    throw new Error(`SUPPRESSION_THRESHOLD must be a whole number from 3 to 100, not "${env.SUPPRESSION_THRESHOLD}".`);
  const roundingBase = Number(env.ROUNDING_BASE ?? 5);
  if (!Number.isInteger(roundingBase) || roundingBase < 1 || roundingBase > 10)
    throw new Error(`ROUNDING_BASE must be a whole number from 1 to 10, not "${env.ROUNDING_BASE}".`);
  return {
    port,
    suppressionThreshold,
    roundingBase,
    host: env.HOST ?? "127.0.0.1",
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    seed,
  };
}
