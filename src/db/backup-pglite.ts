import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { BackupError, countRows, describeCounts, fileStamp, isEmpty, type RowCounts } from "./backup-common";
import { acquireDataDirLock } from "./lock";

/**
 * Backup and restore of the embedded database: PGlite's own dumpDataDir (a gzip'd tar of
 * the data folder) and loadDataDir. The data folder is only ever opened by the process
 * holding its lock (lock.ts): the server, or these functions when no server runs.
 */

const lockFile = "tracker.lock";

export const hasDatabase = (dataDir: string) => existsSync(join(dataDir, "PG_VERSION"));

/**
 * A consistent copy of an open database. Inside PGlite's transaction() nothing else runs
 * (its transaction mutex), so no write lands half-way; the CHECKPOINT first puts every
 * committed change into the data files, so the copy opens with next to no WAL to replay.
 */
export function dumpConsistent(client: PGlite): Promise<Blob> {
  return client.transaction(async (tx) => {
    await tx.exec("CHECKPOINT");
    return client.dumpDataDir("gzip");
  });
}

const counter = (client: PGlite) => countRows(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);

/** Backs up a data folder no server is using: takes its lock (throws DataDirLockedError if it cannot). */
export async function dumpFolder(dataDir: string): Promise<Blob> {
  if (!hasDatabase(dataDir)) throw new BackupError(`There is no database in ${dataDir} to back up: check DATA_DIR.`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(dataDir);
    try {
      return await dumpConsistent(client);
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * The tar inside a backup file (gunzipped), or null when the file is not a dump of a
 * PGlite data folder. Reads only tar headers, looking for the folder's PG_VERSION.
 */
export function pgliteTar(file: string): Uint8Array<ArrayBuffer> | null {
  // Node's file and zlib buffers are never shared memory, as a Blob requires.
  let bytes = readFileSync(file) as Uint8Array<ArrayBuffer>;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes) as Uint8Array<ArrayBuffer>;
    } catch {
      return null; // a damaged or cut-off gzip file
    }
  }
  const text = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to))
      .toString("latin1")
      .replace(/\0[\s\S]*$/, "");
  for (let offset = 0; offset + 512 <= bytes.length; ) {
    if (text(offset + 257, offset + 262) !== "ustar") return null;
    const name = text(offset, offset + 100).replace(/^\.?\//, "");
    if (name === "PG_VERSION") return bytes;
    const size = Number.parseInt(text(offset + 124, offset + 136).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) return null;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return null;
}

async function countFolder(dataDir: string): Promise<RowCounts> {
  const client = await PGlite.create(dataDir);
  try {
    return await counter(client);
  } finally {
    await client.close();
  }
}

const only = (dataDir: string, names: string[]) => readdirSync(dataDir).every((name) => names.includes(name));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Names beside the data folder for the restore in progress and the folder it replaces. */
function besideNames(dataDir: string): { staging: string; aside: string } {
  const stamp = fileStamp();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? stamp : `${stamp}-${n}`;
    const names = { staging: `${dataDir}.restoring-${suffix}`, aside: `${dataDir}.before-restore-${suffix}` };
    if (!existsSync(names.staging) && !existsSync(names.aside)) return names;
  }
}

/** Refuses a folder holding data (or one it cannot read): replacing that takes --force. */
async function refuseIfInUse(dataDir: string): Promise<void> {
  let current: RowCounts;
  try {
    current = await countFolder(dataDir);
  } catch (error) {
    throw new BackupError(
      `Cannot open the database in ${dataDir} to check that it is empty (${reason(error)}): nothing was changed. Run again with --force to move it aside to ${dataDir}.before-restore-<time> and restore.`,
    );
  }
  if (!isEmpty(current))
    throw new BackupError(
      `The embedded database in ${dataDir} already holds data (${describeCounts(current)}): nothing was changed. To replace it, run again with --force (the current folder is then moved aside to ${dataDir}.before-restore-<time>, not deleted).`,
    );
}

/** Loads the backup into a new folder and opens it again from disk, as the server will. */
async function load(staging: string, tar: Uint8Array<ArrayBuffer>): Promise<RowCounts> {
  try {
    const loaded = await PGlite.create(staging, { loadDataDir: new Blob([tar]) });
    await loaded.close();
    rmSync(join(staging, lockFile), { force: true }); // the lock of the process that made the backup
    return await countFolder(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new BackupError(`The backup could not be opened (${reason(error)}): nothing was changed.`);
  }
}

/** Moves the current folder aside (unless it holds only our lock) and the restored one into its place. */
function swapIn(dataDir: string, staging: string, aside: string, release: () => void): string | undefined {
  if (existsSync(dataDir) && only(dataDir, [lockFile])) {
    release();
    rmSync(dataDir, { recursive: true, force: true });
  } else if (existsSync(dataDir)) {
    try {
      renameSync(dataDir, aside); // our lock file goes with it...
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`Could not move ${dataDir} aside to ${aside} (${reason(error)}): nothing was changed.`);
    }
    rmSync(join(aside, lockFile), { force: true }); // ...and is no longer anyone's
  }
  const movedTo = existsSync(aside) ? aside : undefined;
  try {
    renameSync(staging, dataDir);
  } catch (error) {
    throw new BackupError(
      `Could not move the restored folder ${staging} to ${dataDir} (${reason(error)})${movedTo ? `; the previous folder is at ${movedTo}` : ""}.`,
    );
  }
  return movedTo;
}

export type RestoreResult = { counts: RowCounts; movedTo?: string };

/**
 * Puts a backup in place of the data folder. Refuses a folder that holds data unless force;
 * never deletes it: it is moved aside to <dataDir>.before-restore-<time>. The backup is
 * loaded and reopened in a new folder beside it first, so a bad file leaves everything as it was.
 * Throws DataDirLockedError while a server holds the folder.
 */
export async function restoreFolder(
  dataDir: string,
  tar: Uint8Array<ArrayBuffer>,
  force: boolean,
): Promise<RestoreResult> {
  // Held throughout, on a new folder too: a server starting meanwhile is refused, not moved aside.
  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  try {
    // With --force there is nothing to check: whatever is there is moved aside, not deleted.
    if (hasDatabase(dataDir) && !force) await refuseIfInUse(dataDir);
    const { staging, aside } = besideNames(dataDir);
    const counts = await load(staging, tar);
    const movedTo = swapIn(dataDir, staging, aside, release);
    return movedTo ? { counts, movedTo } : { counts };
  } finally {
    release();
    if (created && existsSync(dataDir) && readdirSync(dataDir).length === 0) rmSync(dataDir, { recursive: true });
  }
}
