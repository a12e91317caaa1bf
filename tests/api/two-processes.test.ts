import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { cleanUpAfterEach, signIn, startReady, tempDir } from "../process/harness";
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
});
