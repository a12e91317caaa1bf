import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoUsers } from "../../src/db/seed/demo-data";
import { cleanUpAfterEach, clientWith, newItem, signIn, startReady, tempDir } from "../process/harness";
import { loadTemplate } from "../setup/template";
import { createTestDb, type TestDb } from "../setup/test-db";

/**
 * Two server processes on one PostgreSQL, the way an organisation that outgrows one process runs
 * it: sessions, throttling and disabling hold across both, since they live in the database.
 * Runs with npm run test:pg (PostgreSQL); the embedded database is one process by design.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)("two server processes on one PostgreSQL", () => {
  cleanUpAfterEach();
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(loadTemplate);
  }, 60_000);
  afterAll(async () => testDb?.close());

  it("share sessions, throttling and the end of a disabled account's sessions", async () => {
    const url = testDb.url as string;
    const [a, b] = await Promise.all([
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "none" }),
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "none" }),
    ]);
    expect(a.url).not.toBe(b.url);

    // A session made on one server works on the other.
    const events = await signIn(a.url, "events@example.org", demoPassword);
    expect((await events.get("/api/auth/me")).status).toBe(200);

    // Five wrong passwords on A; the sixth try, on B and with the right password, is refused.
    const wrong = (server: string) =>
      fetch(`${server}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "lead@example.org", password: "not-the-password" }),
      });
    for (let i = 0; i < 5; i++) expect((await wrong(a.url)).status).toBe(401);
    const locked = await fetch(`${b.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "lead@example.org", password: demoPassword }),
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);

    // Admin on B disables the account signed in on A: A refuses it at once.
    const admin = await signIn(b.url, "admin@example.org", demoPassword);
    const accounts = (await (await admin.get("/api/users")).json()).items as {
      id: string;
      email: string;
      version: number;
    }[];
    const target = accounts.find((u) => u.email === "events@example.org");
    if (!target) throw new Error("no events account");
    const disabled = await admin.request("PATCH", `/api/users/${target.id}`, {
      disabled: true,
      version: target.version,
    });
    expect(disabled.status).toBe(200);
    expect((await events.get("/api/work-items")).status).toBe(401);
  }, 120_000);

  it("see each other's writes, refuse a stale version made stale on the other, and share a sign-out", async () => {
    const url = testDb.url as string;
    const [a, b] = await Promise.all([
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "none" }),
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "none" }),
    ]);
    // Admin: the test above has used up lead@'s failed sign-ins.
    const onA = await signIn(a.url, "admin@example.org", demoPassword);
    // The same session, sent to the other process.
    const onB = clientWith(b.url, onA.cookie);

    const created = await onA.request(
      "POST",
      "/api/work-items",
      await newItem(onA, { title: "Shared across servers" }),
    );
    expect(created.status).toBe(201);
    const item = (await created.json()) as { id: string; version: number };
    const readOnB = await onB.get(`/api/work-items/${item.id}`);
    expect(readOnB.status).toBe(200);
    expect((await readOnB.json()).title).toBe("Shared across servers");

    // A changes it; B, still holding the version it read before, is refused, and A's change stands.
    const changed = await onA.request("PATCH", `/api/work-items/${item.id}`, {
      summary: "Changed on A",
      version: item.version,
    });
    expect(changed.status).toBe(200);
    const stale = await onB.request("PATCH", `/api/work-items/${item.id}`, {
      summary: "Changed on B from an old copy",
      version: item.version,
    });
    expect(stale.status).toBe(409);
    expect((await (await onB.get(`/api/work-items/${item.id}`)).json()).summary).toBe("Changed on A");

    // Signing out on A ends the session on B too.
    expect((await onA.request("POST", "/api/auth/logout")).status).toBeLessThan(300);
    expect((await onB.get("/api/auth/me")).status).toBe(401);
    expect((await onB.get(`/api/work-items/${item.id}`)).status).toBe(401);
  }, 120_000);
});

/**
 * Two processes started together on one empty PostgreSQL with the demo seed: the start-up lock
 * lets one migrate and seed while the other waits, so both come up and the data is there once.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)("two processes starting together on an empty PostgreSQL", () => {
  cleanUpAfterEach();
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `tracker_start_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  let url: string;
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const address = new URL(adminUrl);
    address.pathname = `/${name}`;
    url = address.toString();
  });
  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("both start, one seeds, the demo accounts exist once and no log shows a password hash", async () => {
    const [a, b] = await Promise.all([
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "demo" }),
      startReady({ dataDir: tempDir(), databaseUrl: url, seed: "demo" }),
    ]);
    const said = [a.output(), b.output()];
    expect(said.filter((output) => output.includes("(demo data seeded)"))).toHaveLength(1);
    for (const output of said) {
      expect(output).not.toMatch(/scrypt|Cannot start|duplicate key/);
    }

    const check = new pg.Client({ connectionString: url });
    await check.connect();
    try {
      const { rows } = await check.query("select email, count(*)::int as n from users group by email");
      const byEmail = new Map(rows.map((row: { email: string; n: number }) => [row.email, row.n]));
      for (const user of demoUsers) expect(byEmail.get(user.email), user.email).toBe(1);
    } finally {
      await check.end();
    }
    // And either serves the demo.
    for (const server of [a, b]) {
      const lead = await signIn(server.url, "lead@example.org", demoPassword);
      expect((await lead.get("/api/work-items?pageSize=5")).status).toBe(200);
    }
  }, 120_000);
});
