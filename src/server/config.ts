import { resolve } from "node:path";

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  seed: "demo" | "none";
  /** Small-number suppression: counts below this are shown as "fewer than N". */
  suppressionThreshold: number;
};

/** Configuration by environment, with a clear message for a value that makes no sense. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const seed = env.SEED ?? (env.DATABASE_URL ? "none" : "demo");
  if (seed !== "demo" && seed !== "none") throw new Error(`SEED must be "demo" or "none", not "${env.SEED}".`);
  const suppressionThreshold = Number(env.SUPPRESSION_THRESHOLD ?? 5);
  if (!Number.isInteger(suppressionThreshold) || suppressionThreshold < 2 || suppressionThreshold > 100)
    throw new Error(`SUPPRESSION_THRESHOLD must be a whole number from 2 to 100, not "${env.SUPPRESSION_THRESHOLD}".`);
  return {
    port,
    suppressionThreshold,
    host: env.HOST ?? "127.0.0.1",
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    seed,
  };
}
