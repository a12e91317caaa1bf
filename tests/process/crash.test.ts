import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { cleanUpAfterEach, newItem, readLock, seededDataDir, signIn, startReady, waitUntilGone } from "./harness";

cleanUpAfterEach();

describe("a crash (kill -9)", () => {
  it("loses no write the server acknowledged before it", async () => {
    const dataDir = await seededDataDir();
    const server = await startReady({ dataDir });
    const admin = await signIn(server.url, "admin@example.org", demoPassword);

    const created: { id: string; title: string; version: number }[] = [];
    for (let i = 1; i <= 8; i++) {
      const response = await admin.request(
        "POST",
        "/api/work-items",
        await newItem(admin, { title: `Crash test ${i}` }),
      );
      expect(response.status).toBe(201);
      created.push(await response.json());
    }
    // An update and a delete, acknowledged too.
    const [first, second] = created as [(typeof created)[0], (typeof created)[0]];
    const patched = await admin.request("PATCH", `/api/work-items/${first.id}`, {
      title: "Crash test 1 (renamed)",
      version: first.version,
    });
    expect(patched.status).toBe(200);
    expect((await admin.request("DELETE", `/api/work-items/${second.id}`)).status).toBe(204);

    const pid = readLock(dataDir)?.pid as number;
    server.signalGroup("SIGKILL"); // right after the last acknowledgement
    expect((await server.exited).signal).toBe("SIGKILL");
    await waitUntilGone(pid);

    const again = await startReady({ dataDir });
    const reader = await signIn(again.url, "admin@example.org", demoPassword);
    for (const item of created) {
      const response = await reader.get(`/api/work-items/${item.id}`);
      if (item.id === second.id) {
        expect(response.status).toBe(404);
        continue;
      }
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.title).toBe(item.id === first.id ? "Crash test 1 (renamed)" : item.title);
      expect(body.version).toBe(item.id === first.id ? 2 : 1);
    }
  }, 60_000);
});
