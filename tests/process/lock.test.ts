import { type AddressInfo, createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { cleanUpAfterEach, readLock, seededDataDir, signIn, startReady, startServer, waitUntilGone } from "./harness";

cleanUpAfterEach();

describe("the data folder lock", () => {
  it("refuses a second server on the same DATA_DIR, clearly, while the first keeps serving", async () => {
    const dataDir = await seededDataDir();
    const first = await startReady({ dataDir });
    const lock = readLock(dataDir);
    expect(lock?.pid).toBeGreaterThan(0);

    const second = startServer({ dataDir });
    const exit = await second.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(second.output()).toContain(`Cannot start: The data folder ${dataDir} is in use by another process`);
    expect(second.output()).toContain(`(pid ${lock?.pid},`);
    expect(second.output()).toContain("Stop that process first, or set DATA_DIR to another folder.");
    expect(second.output()).not.toContain("is running at");

    // The first server still holds the folder and still answers, database and all.
    expect(readLock(dataDir)).toEqual(lock);
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    const lead = await signIn(first.url, "lead@example.org", demoPassword);
    const page = await (await lead.get("/api/work-items")).json();
    expect(page.total ?? page.items.length).toBeGreaterThan(0);
  }, 60_000);

  it("takes over the lock left by a server killed with SIGKILL", async () => {
    const dataDir = await seededDataDir();
    const first = await startReady({ dataDir });
    const lock = readLock(dataDir);
    expect(lock).not.toBeNull();

    first.signalGroup("SIGKILL"); // as `kill -9` or a crash would
    expect((await first.exited).signal).toBe("SIGKILL");
    await waitUntilGone(lock?.pid as number);
    expect(readLock(dataDir)).toEqual(lock); // the stale lock is still there...

    const next = await startReady({ dataDir }); // ...and does not block the next start
    expect(readLock(dataDir)?.pid).not.toBe(lock?.pid);
    const admin = await signIn(next.url, "admin@example.org", demoPassword);
    expect((await admin.get("/api/auth/me")).status).toBe(200);
  }, 60_000);

  it("on a busy port, says so and releases the folder", async () => {
    const dataDir = await seededDataDir();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const server = startServer({ dataDir, port });
      expect(await server.exited).toEqual({ code: 1, signal: null });
      expect(server.output()).toContain(`Cannot start: port ${port} on 127.0.0.1 is already in use.`);
      expect(readLock(dataDir)).toBeNull();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 60_000);
});
