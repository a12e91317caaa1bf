import { existsSync, readFileSync } from "node:fs";
import type { Server as HttpServer } from "node:http";
import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { pino } from "pino";
import { openDatabase } from "../db/client";
import { DataDirLockedError } from "../db/lock";
import { loadMigrations } from "../db/migrations-node";
import { isEmpty, seedDemo } from "../db/seed/demo";
import { demoPassword, demoUsers } from "../db/seed/demo-data";
import { accountsWithPassword } from "./accounts";
import { createApp } from "./app";
import { isLoopback, readConfig } from "./config";
import { scryptHasher } from "./passwords-scrypt";

const distDir = resolve("dist");
/** How long a shutdown waits for requests in flight. */
const drainMs = 10_000;

/** JSON lines on stdout: ids, routes and codes, never values (see log.ts). */
const log = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime });

async function main() {
  const config = readConfig();
  const database = await openDatabase(config);
  const passwords = scryptHasher();
  let seeded = false;
  if (config.seed === "demo" && (await isEmpty(database.db))) {
    await seedDemo(database.db, (p) => passwords.hash(p), new Date());
    seeded = true;
  }
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

  const root = new Hono();

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
  // Source maps are for the build's own checks, never served: they would publish the source.
  root.get("*", async (c, next) => (c.req.path.endsWith(".map") ? c.notFound() : next()));
  if (existsSync(distDir)) {
    const indexHtml = readFileSync(resolve(distDir, "index.html"), "utf8");
    root.use(
      "/assets/*",
      async (c, next) => {
        await next();
        // File names carry a content hash, so they can be cached for good.
        if (c.res.ok) c.header("cache-control", "public, max-age=31536000, immutable");
      },
      serveStatic({ root: distDir }),
    );
    root.use("*", serveStatic({ root: distDir }));
    // Client-side routes (/work-items/…) get the app shell.
    root.get("*", (c) => c.html(indexHtml));
  }

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
    database
      .close()
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
      database
        .close()
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
    console.error("Cannot start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
