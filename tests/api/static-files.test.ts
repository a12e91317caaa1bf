import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveClient } from "../../src/server/static-files";

/** A built app as the build leaves it: each text file with its Brotli and gzip copies. */
let folder: string;
const script = `console.log(${JSON.stringify("the app ".repeat(400))});`;
const shell = `<!doctype html><title>Involvement Tracker</title><script src="/assets/index-AbC123.js"></script>`;
const app = new Hono();

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "tracker-client-"));
  mkdirSync(join(folder, "assets"));
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    writeFileSync(join(folder, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(folder, `${name}.gz`), gzipSync(text));
  };
  write("index.html", shell);
  write("assets/index-AbC123.js", script);
  writeFileSync(join(folder, "assets/index-AbC123.js.map"), "{}");
  mkdirSync(join(folder, ".vite"));
  writeFileSync(join(folder, ".vite/manifest.json"), "{}");
  app.get("/api/health", (c) => c.json({ status: "ok" }));
  serveClient(app, folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("the built app's files", () => {
  it("sends the Brotli copy to a browser that accepts it, else gzip, else the file itself", async () => {
    const br = await get("/assets/index-AbC123.js", "gzip, deflate, br, zstd");
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(script);

    const gz = await get("/assets/index-AbC123.js", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(gz)).toString()).toBe(script);

    const plain = await get("/assets/index-AbC123.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i);
    expect((await bytes(plain)).toString()).toBe(script);
  });

  it("lets browsers keep hashed assets for a year, and check index.html every time", async () => {
    const asset = await get("/assets/index-AbC123.js", "br");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/index.html", "/work-items/123", "/dashboard"]) {
      const page = await get(path, "br");
      expect(page.status, path).toBe(200);
      expect(page.headers.get("cache-control"), path).toBe("no-cache");
      expect(page.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(page.headers.get("content-encoding"), path).toBe("br");
      expect(brotliDecompressSync(await bytes(page)).toString(), path).toBe(shell);
    }
  });

  it("answers 404 for a missing asset and never serves a source map or the build's manifest", async () => {
    const missing = await get("/assets/gone-123.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control") ?? "").not.toMatch(/immutable/);
    expect((await get("/assets/index-AbC123.js.map")).status).toBe(404);
    expect((await get("/.vite/manifest.json")).status).toBe(404);
  });

  it("leaves the API's own routes to the API", async () => {
    const health = await get("/api/health");
    expect(await health.json()).toEqual({ status: "ok" });
  });
});
