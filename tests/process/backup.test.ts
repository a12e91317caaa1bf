import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import {
  backupCli,
  cleanUpAfterEach,
  firstWorkItem,
  lockPath,
  newItem,
  readLock,
  seededDataDir,
  signIn,
  startReady,
  tempDir,
} from "./harness";

cleanUpAfterEach();

/** Folders the restore made beside the data folder (moved aside, or half-restored). */
const besides = (dataDir: string) =>
  readdirSync(dirname(dataDir)).filter((name) => name.startsWith(`${basename(dataDir)}.`) && !name.endsWith(".sock"));

const stop = async (server: Awaited<ReturnType<typeof startReady>>) => {
  server.signal("SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });
};

describe("npm run backup and npm run restore on the embedded database", () => {
  it("backs up while the server runs; after changes, a restore brings the earlier state back", async () => {
    const dataDir = await seededDataDir();
    const server = await startReady({ dataDir });
    const pid = readLock(dataDir)?.pid;
    const admin = await signIn(server.url, "admin@example.org", demoPassword);
    const original = await firstWorkItem(admin);

    const file = join(tempDir(), "tracker backup.tar.gz");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output.trim()).toMatch(
      /^Backed up the running server's embedded database in \S+ to .+ \((\d+ kB|\d+\.\d MB)\)\.$/,
    );
    expect(backup.output).toContain(` in ${dataDir} to ${file} (`);
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]); // PGlite's gzip'd tar
    expect(statSync(file).mode & 0o777).toBe(0o600); // it holds password hashes
    expect(statSync(`${dataDir}.backup.sock`).mode & 0o777).toBe(0o600); // only this user may ask
    // The server made it and kept its folder and its sign-ins.
    expect(readLock(dataDir)?.pid).toBe(pid);
    expect((await admin.get("/api/auth/me")).status).toBe(200);

    // Changes after the backup: an item added, another renamed.
    const added = await admin.request("POST", "/api/work-items", await newItem(admin, { title: "Added after" }));
    expect(added.status).toBe(201);
    const addedId = (await added.json()).id as string;
    const renamed = await admin.request("PATCH", `/api/work-items/${original.id}`, {
      title: "Renamed after the backup",
      version: original.version,
    });
    expect(renamed.status).toBe(200);

    // While the server runs, a restore is refused, even with --force.
    const whileRunning = await backupCli("restore", [file, "--force"], { DATA_DIR: dataDir });
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.output.trim()).toBe(
      `A server (pid ${pid}) is running on ${dataDir}: stop the server first, then restore. Nothing was changed.`,
    );

    await stop(server);
    expect(existsSync(`${dataDir}.backup.sock`)).toBe(false); // the socket went with the server

    // The folder holds data: without --force, nothing happens.
    const refused = await backupCli("restore", [file], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`The embedded database in ${dataDir} already holds data (`);
    expect(refused.output).toContain("nothing was changed. To replace it, run again with --force");
    expect(refused.output).not.toMatch(/^\s+at /m); // no stack trace
    expect(besides(dataDir)).toEqual([]);

    const forced = await backupCli("restore", [file, "--force"], { DATA_DIR: dataDir });
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toMatch(
      /Restored .+ into the embedded database in .+ \(\d+ users, \d+ people, \d+ work items\)\./,
    );
    const aside = /The previous data folder is kept at (.+): delete it/.exec(forced.output)?.[1] ?? "";
    expect(aside.startsWith(`${dataDir}.before-restore-`)).toBe(true);
    expect(besides(dataDir)).toEqual([basename(aside)]); // nothing half-restored left behind
    expect(existsSync(lockPath(dataDir))).toBe(false);

    // The earlier state: the added item is gone, the renamed one has its old title.
    const restored = await startReady({ dataDir });
    const reader = await signIn(restored.url, "admin@example.org", demoPassword);
    expect((await reader.get(`/api/work-items/${addedId}`)).status).toBe(404);
    expect((await (await reader.get(`/api/work-items/${original.id}`)).json()).title).toBe(original.title);
    await stop(restored);

    // Nothing was lost: the folder moved aside holds the changes, untouched by the refused restore.
    const previous = await startReady({ dataDir: aside });
    const checker = await signIn(previous.url, "admin@example.org", demoPassword);
    expect((await (await checker.get(`/api/work-items/${addedId}`)).json()).title).toBe("Added after");
    expect((await (await checker.get(`/api/work-items/${original.id}`)).json()).title).toBe("Renamed after the backup");
  }, 150_000);

  it("backs up a folder no server uses, restores it into a new folder without --force, and refuses other files", async () => {
    const dataDir = await seededDataDir();
    const folder = tempDir();
    const file = join(folder, "offline.tar.gz");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`Backed up the embedded database in ${dataDir} to ${file} (`);
    expect(existsSync(lockPath(dataDir))).toBe(false); // it let go of the folder

    const twice = await backupCli("backup", [file], { DATA_DIR: dataDir });
    expect(twice.code).toBe(1);
    expect(twice.output.trim()).toBe(
      `${file} already exists: nothing was written. Choose another name, or add --force to replace it.`,
    );

    const target = join(folder, "restored");
    const others: [string, string | Buffer, string][] = [
      ["pg.dump", "PGDMP\u0001\u000e\u0000", "is a PostgreSQL backup (pg_dump), but DATABASE_URL is not set"],
      ["notes.txt", "Not a backup at all.\n", "is not a backup of the embedded database"],
      ["other.tar.gz", gzipSync("a gzip file of something else"), "is not a backup of the embedded database"],
    ];
    for (const [name, content, message] of others) {
      writeFileSync(join(folder, name), content);
      const refused = await backupCli("restore", [join(folder, name)], { DATA_DIR: target });
      expect(refused.code, name).toBe(1);
      expect(refused.output, name).toContain(`${join(folder, name)} ${message}`);
      expect(refused.output.trim().split("\n"), name).toHaveLength(1);
      expect(existsSync(target), name).toBe(false);
    }

    const restored = await backupCli("restore", [file], { DATA_DIR: target });
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).not.toContain("previous data folder");
    const server = await startReady({ dataDir: target });
    const lead = await signIn(server.url, "lead@example.org", demoPassword);
    expect((await (await lead.get("/api/work-items")).json()).total).toBeGreaterThan(0);
  }, 90_000);

  it("after a server is killed (kill -9), the next one serves backups again", async () => {
    const dataDir = await seededDataDir();
    const first = await startReady({ dataDir });
    first.signalGroup("SIGKILL");
    await first.exited;
    expect(existsSync(`${dataDir}.backup.sock`)).toBe(true); // left behind by the killed server

    const next = await startReady({ dataDir });
    expect(next.output()).not.toContain("Backups while running: unavailable");
    const file = join(tempDir(), "after-crash.tar.gz");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain("Backed up the running server's embedded database");
  }, 60_000);

  it("says why, when the running server cannot be asked (a data folder path too long for a socket)", async () => {
    const dataDir = join(tempDir(), `data-${"x".repeat(100)}`);
    cpSync(await seededDataDir(), dataDir, { recursive: true });
    const server = await startReady({ dataDir });
    expect(server.output()).toContain("Backups while running: unavailable, because its path");
    const file = join(tempDir(), "backup.tar.gz");
    const backup = await backupCli("backup", [file], { DATA_DIR: dataDir });
    expect(backup.code).toBe(1);
    expect(backup.output).toContain(
      `The server (pid ${readLock(dataDir)?.pid}) is running on ${dataDir} but cannot be asked for a backup`,
    );
    expect(backup.output).toContain("Stop the server and back up again.");
    expect(existsSync(file)).toBe(false);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);
});
