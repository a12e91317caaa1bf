import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { dumpConsistent } from "./backup-pglite";
import type { Db, OpenDatabase } from "./database";
import { acquireDataDirLock } from "./lock";
import { migrate } from "./migrate";
import { loadMigrations } from "./migrations-node";
import { drizzlePglite } from "./pglite";
import * as schema from "./schema";

type DatabaseConfig = {
  databaseUrl?: string;
  dataDir: string;
  /** Runs after the migrations, under the same start-up lock (the demo seed). */
  prepare?: (db: Db) => Promise<void>;
};

/** One key for every process on a database: "start-up (migrations and seed) in progress". */
const startupLockKey = 727_275;

/**
 * Migrations and the demo seed under a PostgreSQL advisory lock, held on a connection of its
 * own for the whole start-up: a second process starting beside the first waits, then finds
 * the work done (no duplicate seed, no race on the first CREATE TABLE). Session-level, so a
 * process that dies mid-way releases it with its connection.
 */
async function underStartupLock(pool: pg.Pool, work: () => Promise<void>) {
  const lock = await pool.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [startupLockKey]);
    try {
      await work();
    } finally {
      await lock.query("select pg_advisory_unlock($1)", [startupLockKey]);
    }
  } finally {
    lock.release();
  }
}

/**
 * The PostgreSQL pool. A new server connection's first queries pay tens of milliseconds
 * loading the catalog, so connections are kept for five idle minutes rather than pg's ten
 * seconds: a quiet admin tool would otherwise pay that on most page views.
 */
export function pgPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 5 * 60_000, keepAlive: true });
  // An idle connection the server drops (restart, failover) is reported here; unhandled, it would end the process.
  // The pool replaces it on next use. Only the message is logged: never query text or values.
  pool.on("error", (error) => console.error(`database: an idle connection failed: ${error.message}`));
  return pool;
}

/**
 * Opens PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR
 * (holding the folder's lock), and applies the committed migrations.
 */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const pool = pgPool(config.databaseUrl);
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    try {
      await underStartupLock(pool, async () => {
        await migrate(db, loadMigrations());
        await config.prepare?.(db);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db, kind: "postgres", close: () => pool.end() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const release = acquireDataDirLock(config.dataDir);
  try {
    const client = await PGlite.create(config.dataDir);
    const db = drizzlePglite(client);
    await migrate(db, loadMigrations());
    // The folder's lock already keeps every other process out.
    await config.prepare?.(db);
    return {
      db,
      kind: "pglite",
      dumpDataDir: () => dumpConsistent(client),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
