import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { loadTemplate } from "../setup/template";
import { createTestDb, type TestDb } from "../setup/test-db";
import { backupCli, cleanUpAfterEach, firstWorkItem, newItem, signIn, startReady, tempDir } from "./harness";

/*
 * npm run backup / restore on PostgreSQL (pg_dump and pg_restore, custom format). Runs with
 * npm run test:pg (TEST_DATABASE_URL set), on databases of its own, dropped afterwards.
 */
const adminUrl = process.env.TEST_DATABASE_URL;

cleanUpAfterEach();

const dropLater: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of dropLater.splice(0)) await drop();
}, 60_000);

/** A seeded database (demo accounts, work items), as the API tests use. */
async function seededDatabase(): Promise<string> {
  const db: TestDb = await createTestDb(loadTemplate);
  dropLater.push(db.close);
  return db.url as string;
}

/** A database with nothing in it, not even the tables. */
async function emptyDatabase(): Promise<string> {
  const name = `tracker_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  dropLater.push(async () => {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  });
  const url = new URL(adminUrl as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const stop = async (server: Awaited<ReturnType<typeof startReady>>) => {
  server.signal("SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });
};

describe.skipIf(!adminUrl)("npm run backup and npm run restore on PostgreSQL", () => {
  it("backs up with pg_dump; after changes, a restore brings the earlier state back", async () => {
    const url = await seededDatabase();
    const dataDir = join(tempDir(), "unused"); // DATABASE_URL wins
    const masked = new URL(url);
    masked.password = "***";

    const server = await startReady({ dataDir, databaseUrl: url });
    const admin = await signIn(server.url, "admin@example.org", demoPassword);
    const original = await firstWorkItem(admin);

    const file = join(tempDir(), "tracker.dump");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output.trim()).toMatch(/^Backed up PostgreSQL at \S+ to \S+ \((\d+ kB|\d+\.\d MB)\)\.$/);
    expect(backup.output).toContain(`Backed up PostgreSQL at ${masked} to ${file} (`);
    expect(backup.output).not.toContain(`:${new URL(url).password}@`); // the password is never shown
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP"); // custom format
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // Changes after the backup: an item added, another renamed.
    const added = await admin.request("POST", "/api/work-items", await newItem(admin, { title: "Added after" }));
    expect(added.status).toBe(201);
    const addedId = (await added.json()).id as string;
    const renamed = await admin.request("PATCH", `/api/work-items/${original.id}`, {
      title: "Renamed after the backup",
      version: original.version,
    });
    expect(renamed.status).toBe(200);
    await stop(server);

    // The database holds data: without --force, nothing happens.
    const refused = await backupCli("restore", [file], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`PostgreSQL at ${masked} already holds data (`);
    expect(refused.output).toContain("nothing was changed. To replace it, run again with --force");
    const [stillThere] = await sql<{ title: string }>(url, `select title from work_items where id = '${addedId}'`);
    expect(stillThere?.title).toBe("Added after");

    // A backup of the embedded database is not taken for one of PostgreSQL.
    const pglite = join(tempDir(), "embedded.tar.gz");
    writeFileSync(pglite, gzipSync("a PGlite data folder"));
    const wrong = await backupCli("restore", [pglite, "--force"], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(wrong.code).toBe(1);
    expect(wrong.output.trim()).toBe(
      `${pglite} is a backup of the embedded database (PGlite), but DATABASE_URL points at PostgreSQL. Unset DATABASE_URL to restore it into DATA_DIR.`,
    );

    const forced = await backupCli("restore", [file, "--force"], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toMatch(/Restored \S+ into PostgreSQL at \S+ \(\d+ users, \d+ people, \d+ work items\)\./);
    expect(forced.output).not.toContain(`:${new URL(url).password}@`);
    // What was replaced is kept: a pg_dump of the database as it was, beside the backup file.
    const kept = /The database as it was is kept in (\S+): delete it/.exec(forced.output)?.[1] ?? "";
    expect(dirname(kept)).toBe(dirname(file));
    expect(readFileSync(kept).subarray(0, 5).toString()).toBe("PGDMP");
    expect(statSync(kept).mode & 0o777, "readable by its owner only, as a backup is").toBe(0o600);

    // The earlier state: the added item is gone, the renamed one has its old title.
    const restored = await startReady({ dataDir, databaseUrl: url });
    const reader = await signIn(restored.url, "admin@example.org", demoPassword);
    expect((await reader.get(`/api/work-items/${addedId}`)).status).toBe(404);
    expect((await (await reader.get(`/api/work-items/${original.id}`)).json()).title).toBe(original.title);
    expect((await reader.get("/api/audit")).status).toBe(200);
    // The audit log came back append-only: its trigger was restored with it.
    await expect(sql(url, "delete from audit_log")).rejects.toThrow(/append-only/);
  }, 120_000);

  it("restores into an empty database without --force, and refuses a file that is not a pg_dump", async () => {
    const file = join(tempDir(), "seeded.dump");
    const dataDir = join(tempDir(), "unused");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir, DATABASE_URL: await seededDatabase() });
    expect(backup.code, backup.output).toBe(0);

    const url = await emptyDatabase();
    const text = join(tempDir(), "notes.txt");
    writeFileSync(text, "Not a backup.\n");
    const wrong = await backupCli("restore", [text], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain(`${text} is not a PostgreSQL backup`);

    const restored = await backupCli("restore", [file], { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(restored.code, restored.output).toBe(0);
    const server = await startReady({ dataDir, databaseUrl: url });
    const lead = await signIn(server.url, "lead@example.org", demoPassword);
    expect((await (await lead.get("/api/work-items")).json()).total).toBeGreaterThan(0);
  }, 90_000);
});
