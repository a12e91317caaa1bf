import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * PGlite has no lock on its data folder and two processes on one folder corrupt it,
 * so the server holds a lock file. A lock whose process is gone (kill -9, power cut)
 * is stale and is taken over.
 */
export class DataDirLockedError extends Error {}

export type LockInfo = { pid: number; host: string; startedAt: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return null; // unreadable or half-written: treat as stale
  }
}

/** The live process on this machine holding the folder's lock, if any, without taking it. */
export function lockHolder(dataDir: string): LockInfo | null {
  const holder = readLock(join(dataDir, "tracker.lock"));
  return holder && holder.pid !== process.pid && holder.host === hostname() && isAlive(holder.pid) ? holder : null;
}

export function acquireDataDirLock(dataDir: string): () => void {
  const path = join(dataDir, "tracker.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return () => {
        const current = readLock(path);
        if (current?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = lockHolder(dataDir);
      if (holder) {
        throw new DataDirLockedError(
          `The data folder ${dataDir} is in use by another process (pid ${holder.pid}, started ${holder.startedAt}). ` +
            "Stop that process first, or set DATA_DIR to another folder.",
        );
      }
      rmSync(path, { force: true }); // stale lock from a process that died
    }
  }
  throw new DataDirLockedError(`Could not take the lock on ${dataDir}.`);
}
