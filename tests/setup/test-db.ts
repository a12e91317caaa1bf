import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db } from "../../src/db/database";
import { migrate } from "../../src/db/migrate";
import { loadMigrations } from "../../src/db/migrations-node";
import { drizzlePglite } from "../../src/db/pglite";
import * as schema from "../../src/db/schema";
import { seedDemo } from "../../src/db/seed/demo";
import { scryptHasher } from "../../src/server/passwords-scrypt";

/** Cheap scrypt cost for tests: the same code path, a fraction of the time. */
export const testPasswords = scryptHasher({ N: 2 ** 10 });

/** The reference "now" of the seeded test data, so figures never drift with the calendar. */
export const testNow = new Date("2026-11-28T12:00:00Z");

/** url: the PostgreSQL database's address, for starting servers on it (PostgreSQL only). */
export type TestDb = { db: Db; close: () => Promise<void>; url?: string };

async function seed(db: Db) {
  await migrate(db, loadMigrations());
  await seedDemo(db, (p) => testPasswords.hash(p), testNow);
}

/** Builds the migrated, seeded PGlite data folder once per run (initdb is slow). */
export async function buildTemplate(): Promise<Blob> {
  const client = await PGlite.create();
  await seed(drizzlePglite(client));
  const dump = await client.dumpDataDir("none");
  await client.close();
  return dump;
}

/**
 * A fresh database with the demo data for one test file: PostgreSQL when
 * TEST_DATABASE_URL is set (npm run test:pg), else PGlite started from the template.
 */
export async function createTestDb(template: () => Promise<Blob>): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `tracker_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    await seed(db);
    return {
      db,
      url: url.toString(),
      close: async () => {
        await pool.end();
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      },
    };
  }
  const client = await PGlite.create({ loadDataDir: await template() });
  return { db: drizzlePglite(client), close: () => client.close() };
}
