import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database";
import { migrate } from "../../src/db/migrate";
import { loadMigrations } from "../../src/db/migrations-node";
import * as schema from "../../src/db/schema";
import { createApp } from "../../src/server/app";
import { setupApi } from "../setup/api";
import { testPasswords } from "../setup/test-db";

const migrations = loadMigrations().map((migration) => migration.name);
const api = setupApi({ migrations });
const quiet = { info: () => {}, error: () => {} };

const readiness = async (app: ReturnType<typeof createApp>) => {
  const response = await app.request("/api/ready");
  return { status: response.status, body: await response.json() };
};

describe("GET /api/ready", () => {
  it("is ready when the database answers and has every migration, with no sign-in", async () => {
    expect(await readiness(api.app)).toEqual({ status: 200, body: { status: "ready" } });
    expect((await api.app.request("/api/health")).status).toBe(200);
  });

  it("is not ready while the database is behind the build's migrations", async () => {
    const ahead = createApp({ db: api.db, passwords: testPasswords, migrations: [...migrations, "9999_next"] });
    expect(await readiness(ahead)).toEqual({
      status: 503,
      body: { status: "not ready", reason: "1 migration(s) not applied yet." },
    });
  });

  it("is not ready while the database cannot be reached, and says nothing of where it is", async () => {
    // A real driver against a port where nothing listens.
    const pool = new pg.Pool({ connectionString: "postgres://tracker:secret@127.0.0.1:1/tracker", max: 1 });
    const app = createApp({
      db: drizzle({ client: pool, schema }) as unknown as Db,
      passwords: testPasswords,
      log: quiet,
    });
    const { status, body } = await readiness(app);
    expect(status).toBe(503);
    expect(body).toEqual({ status: "not ready", reason: "The database does not answer." });
    await pool.end();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "comes back once PostgreSQL has the database, without a restart",
    async () => {
      const adminUrl = process.env.TEST_DATABASE_URL as string;
      const name = `tracker_ready_${Date.now()}`;
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      const db = drizzle({ client: pool, schema }) as unknown as Db;
      const app = createApp({ db, passwords: testPasswords, migrations, log: quiet });
      expect((await readiness(app)).status).toBe(503);

      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
        await migrate(db, loadMigrations());
        expect(await readiness(app)).toEqual({ status: 200, body: { status: "ready" } });
      } finally {
        await pool.end();
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    },
    60_000,
  );
});
