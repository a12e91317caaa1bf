import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono, MiddlewareHandler } from "hono";

/** File names under /assets carry a content hash: a changed file is a new name, so a copy may be kept for good. */
const immutable = "public, max-age=31536000, immutable";
/** Anything else (index.html above all) is checked with the server before each use, so a deploy shows at once. */
const revalidate = "no-cache";

/**
 * The built app: dist/client beside the compiled server (dist/server/main.js), or under the
 * working folder when the server runs from its TypeScript sources (tests, `npm run dev:api`).
 */
export function findClientDir(): string | undefined {
  const candidates = [fileURLToPath(new URL("../client", import.meta.url)), resolve("dist/client")];
  return candidates.find((folder) => existsSync(resolve(folder, "index.html")));
}

function cacheFor(policy: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 206) return;
    c.header("cache-control", policy);
    // Every file may go out compressed or not, so a shared cache keeps one copy per encoding.
    if (!/accept-encoding/i.test(c.res.headers.get("vary") ?? ""))
      c.header("vary", "Accept-Encoding", { append: true });
  };
}

/**
 * Serves the app from clientDir: each file as the build's Brotli or gzip copy when the browser
 * accepts one (Content-Encoding, Vary), else as it is; client-side routes (/work-items/…) get
 * index.html. Source maps are for the build's own checks and are never served: they would
 * publish the source.
 */
export function serveClient(app: Hono, clientDir: string) {
  // Nor the build's manifest (.vite/) or any other dot-file.
  app.get("*", async (c, next) => (/\.map$|\/\./.test(c.req.path) ? c.notFound() : next()));
  app.use("/assets/*", cacheFor(immutable), serveStatic({ root: clientDir, precompressed: true }));
  // A missing asset is a 404, never the app shell: a browser would run HTML as a script.
  app.get("/assets/*", (c) => c.notFound());
  app.use("*", cacheFor(revalidate), serveStatic({ root: clientDir, precompressed: true }));
  app.get("*", cacheFor(revalidate), serveStatic({ root: clientDir, path: "index.html", precompressed: true }));
}
