import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db, OpenDatabase } from "./database";
import { acquireDataDirLock } from "./lock";
import { migrate } from "./migrate";
import { loadMigrations } from "./migrations-node";
import { drizzlePglite } from "./pglite";
import * as schema from "./schema";

type DatabaseConfig = { databaseUrl?: string; dataDir: string };

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
    await migrate(db, loadMigrations());
    return { db, kind: "postgres", close: () => pool.end() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const release = acquireDataDirLock(config.dataDir);
  try {
    const client = await PGlite.create(config.dataDir);
    const db = drizzlePglite(client);
    await migrate(db, loadMigrations());
    return {
      db,
      kind: "pglite",
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
