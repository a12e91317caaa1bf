import type { Server as HttpServer } from "node:http";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import { pino } from "pino";
import { openDatabase } from "../db/client";
import { DataDirLockedError } from "../db/lock";
import { loadMigrations } from "../db/migrations-node";
import { isEmpty, seedDemo } from "../db/seed/demo";
import { demoPassword, demoUsers } from "../db/seed/demo-data";
import { accountsWithPassword } from "./accounts";
import { createApp } from "./app";
import { serveBackups } from "./backup-socket";
import { compressAnswers } from "./compress-answers";
import { isLoopback, readConfig } from "./config";
import { startupFailure } from "./log";
import { scryptHasher } from "./passwords-scrypt";
import { findClientDir, serveClient } from "./static-files";

/** How long a shutdown waits for requests in flight. */
const drainMs = 10_000;

/** JSON lines on stdout: ids, routes and codes, never values (see log.ts). */
const log = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime });

async function main() {
  const config = readConfig();
  const passwords = scryptHasher();
  let seeded = false;
  const database = await openDatabase({
    ...config,
    // Under the start-up lock: of several processes starting on one empty PostgreSQL, one seeds.
    prepare: async (db) => {
      if (config.seed === "demo" && (await isEmpty(db))) {
        await seedDemo(db, (p) => passwords.hash(p), new Date());
        seeded = true;
      }
    },
  });
  const reachable = !isLoopback(config.host);
  if (reachable && !config.allowDemoAccounts) {
    const published = await accountsWithPassword(database.db, passwords, demoPassword);
    if (published.length > 0) {
      await database.close();
      throw new Error(
        `HOST ${config.host} can be reached from the network, and ${published.length} account(s) still have the published demo password (${published.join(", ")}). Start on a database without demo data (SEED=none, then npm run user:add for your first admin), reset those passwords, or set ALLOW_DEMO_ACCOUNTS=1 for a deliberate demo.`,
      );
    }
  }
  // The embedded database's folder is this process's alone: `npm run backup` asks it for a copy.
  const backups = await serveBackups(config.dataDir, database.dumpDataDir, log);

  const root = new Hono();
  // Node only (zlib): the browser demo runs createApp() too, and its answers are never on a wire.
  root.use("/api/*", compressAnswers());

  root.route(
    "/",
    createApp({
      db: database.db,
      passwords,
      suppressionThreshold: config.suppressionThreshold,
      roundingBase: config.roundingBase,
      sessionIdleMs: config.sessionIdleMinutes * 60_000,
      sessionMaxMs: config.sessionMaxHours * 3_600_000,
      clientAddress: (c) => getConnInfo(c).remote.address ?? "unknown",
      trustProxy: config.trustProxy,
      log,
      migrations: loadMigrations().map((migration) => migration.name),
      mfaRequired: config.mfaRequired,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      ...(config.singleSignOn ? { singleSignOn: config.singleSignOn } : {}),
    }),
  );
  const clientDir = findClientDir();
  if (clientDir) serveClient(root, clientDir);

  const server = serve({ fetch: root.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://${info.address === "::1" ? "[::1]" : info.address}:${info.port}`;
    const where = database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dataDir}`;
    console.log(`Involvement Tracker is running at ${url}`);
    console.log(`Database: ${where}${seeded ? " (demo data seeded)" : ""}`);
    if (config.seed === "demo" && !reachable) {
      console.log(`Demo sign-ins (password "${demoPassword}"):`);
      for (const user of demoUsers.slice(0, 4)) console.log(`  ${user.email.padEnd(22)} ${user.role}`);
    }
  });

  // A busy port (or one we may not use) arrives as an 'error' event: say so plainly and
  // release the data folder, rather than crash with a stack trace and a stale lock.
  server.once("error", (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${config.port} on ${config.host} is already in use. Stop what uses it, or set PORT to another port.`
        : error.code === "EACCES"
          ? `no permission to listen on port ${config.port} on ${config.host}. Set PORT to another port.`
          : error.message;
    console.error(`Cannot start: ${reason}`);
    backups
      .close()
      .then(() => database.close())
      .catch(() => {})
      .finally(() => process.exit(1));
  });

  let closing = false;
  /**
   * Stop accepting, let requests in flight finish (up to drainMs), then close the database: a
   * service manager's SIGTERM during a save loses nothing.
   */
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal} received: finishing requests in flight, then closing the database cleanly…`);
    const closeDatabase = () =>
      backups
        .close()
        .then(() => database.close())
        .then(() => process.exit(0))
        .catch((error) => {
          console.error("Could not close the database cleanly:", error);
          process.exit(1);
        });
    // Requests still running after drainMs are cut off: a stuck one must not keep the process alive.
    const cutOff = setTimeout(() => {
      console.error(`Requests still running after ${drainMs / 1000} s: closing them.`);
      (server as HttpServer).closeAllConnections();
    }, drainMs);
    server.close(() => {
      clearTimeout(cutOff);
      void closeDatabase();
    });
    // Idle keep-alive connections would hold close() open until they time out.
    (server as HttpServer).closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof DataDirLockedError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    // Never the failed query: a seed's parameters are password hashes.
    console.error(`Cannot start: ${startupFailure(error)}`);
  }
  process.exit(1);
});
