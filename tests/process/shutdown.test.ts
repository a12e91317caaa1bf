import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { cleanUpAfterEach, lockPath, newItem, readLock, seededDataDir, signIn, startReady } from "./harness";

cleanUpAfterEach();

/*
 * The signal goes to the server process (the pid in its lock file), as a service
 * manager's SIGTERM or a Ctrl-C would.
 */
describe("shutting down on a signal", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s closes the database cleanly and the data reopens",
    async (signal) => {
      const dataDir = await seededDataDir();
      const server = await startReady({ dataDir });
      const lock = readLock(dataDir);
      expect(lock).not.toBeNull();
      const admin = await signIn(server.url, "admin@example.org", demoPassword);
      const created = await admin.request(
        "POST",
        "/api/work-items",
        await newItem(admin, { title: `Before ${signal}` }),
      );
      expect(created.status).toBe(201);
      const { id } = await created.json();

      process.kill(lock?.pid as number, signal);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain(
        `${signal} received: finishing requests in flight, then closing the database cleanly`,
      );
      expect(existsSync(lockPath(dataDir))).toBe(false);

      // The folder reopens, with what was written before the signal.
      const again = await startReady({ dataDir });
      const reader = await signIn(again.url, "admin@example.org", demoPassword);
      const item = await reader.get(`/api/work-items/${id}`);
      expect(item.status).toBe(200);
      expect((await item.json()).title).toBe(`Before ${signal}`);
    },
    60_000,
  );
});
