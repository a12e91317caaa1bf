import { chmodSync, createWriteStream, lstatSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import { pipeline } from "node:stream/promises";
import { BackupError } from "../db/backup-common";
import { describeError, type Logger } from "./log";

/**
 * While the server holds the embedded database's folder, no other process may open it, so
 * `npm run backup` asks the server: HTTP over a Unix socket (GET /backup answers with a
 * consistent dump). The socket sits beside the data folder, not in it: dumpDataDir copies
 * every file in the folder and fails on a socket (EINVAL). Mode 0600: only this user (and
 * root) may connect, since a backup holds everything, password hashes included.
 */
export const backupSocketPath = (dataDir: string) => `${dataDir}.backup.sock`;

/** A Unix socket's path fits in 108 bytes with its terminating NUL. */
const maxPathBytes = 107;

export function socketPathProblem(path: string): string | null {
  const bytes = Buffer.byteLength(path);
  return bytes > maxPathBytes
    ? `its path ${path} is ${bytes} bytes long, and a Unix socket's may be at most ${maxPathBytes}`
    : null;
}

export type BackupSocket = { close: () => Promise<void> };
const none: BackupSocket = { close: async () => {} };

/** How long closing waits for a backup being sent. */
const drainMs = 10_000;

/**
 * Serves backups of the open database on the socket beside dataDir. Never stops the server
 * starting: when the socket cannot be made it says why, and backups then need the server stopped.
 */
export async function serveBackups(
  dataDir: string,
  dump: (() => Promise<Blob>) | undefined,
  log: Logger,
): Promise<BackupSocket> {
  if (!dump) return none; // PostgreSQL: pg_dump reads the database itself
  const path = backupSocketPath(dataDir);
  const unavailable = (reason: string) => {
    console.error(`Backups while running: unavailable, because ${reason}. Stop the server to back up.`);
    return none;
  };
  const problem = socketPathProblem(path);
  if (problem) return unavailable(`${problem} (use a shorter DATA_DIR)`);
  try {
    // We hold the data folder's lock, so a socket left here is from a server that was killed.
    if (lstatSync(path).isSocket()) rmSync(path);
    else return unavailable(`${path} exists and is not a socket`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return unavailable((error as Error).message);
  }

  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/backup") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Only GET /backup is served here.");
      return;
    }
    const started = Date.now();
    dump()
      .then(async (blob) => {
        const body = Buffer.from(await blob.arrayBuffer());
        res.writeHead(200, { "content-type": "application/gzip", "content-length": body.length }).end(body);
        log.info({ event: "backup", bytes: body.length, ms: Date.now() - started }, "backup sent on the local socket");
      })
      .catch((error: unknown) => {
        log.error({ event: "backup_failed", error: describeError(error) }, "backup failed");
        res
          .writeHead(500, { "content-type": "text/plain" })
          .end(error instanceof Error ? error.message : String(error));
      });
  });
  const listening = new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // The socket is made with mode 0600 from the start: listen() binds synchronously, so the
  // process-wide umask is back before anything else runs.
  const umask = process.umask(0o177);
  try {
    server.listen(path);
  } finally {
    process.umask(umask);
  }
  try {
    await listening;
  } catch (error) {
    return unavailable(`the socket ${path} could not be made (${(error as Error).message})`);
  }
  chmodSync(path, 0o600);

  return {
    close: () =>
      new Promise<void>((resolve) => {
        // Node removes the socket file when the server closes.
        const cutOff = setTimeout(() => server.closeAllConnections(), drainMs);
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

/** Asks the running server for a backup and writes it to toFile (mode 0600); resolves to its size. */
export function fetchBackup(path: string, toFile: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const req = request({ socketPath: path, path: "/backup", method: "GET", agent: false }, (res) => {
      if (res.statusCode !== 200) {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => reject(new BackupError(`The running server could not make the backup: ${text.trim()}`)));
        return;
      }
      const expected = Number(res.headers["content-length"]);
      const out = createWriteStream(toFile, { mode: 0o600 });
      pipeline(res, out).then(() => {
        if (out.bytesWritten === expected) resolve(out.bytesWritten);
        else
          reject(new BackupError(`The backup from the server was cut off (${out.bytesWritten} of ${expected} bytes).`));
      }, reject);
    });
    // A dump of a large folder takes seconds, not minutes.
    req.setTimeout(5 * 60_000, () => req.destroy(new Error("no answer for five minutes")));
    req.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          `Cannot reach the running server's backup socket ${path} (${error.code ?? error.message}): stop the server and back up again.`,
        ),
      ),
    );
    req.end();
  });
}
