import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { chooseEncoding, compressAnswers } from "../../src/server/compress-answers";
import { setupApi } from "../setup/api";

const api = setupApi();

/** The API as main.ts mounts it in the Node server: compression around the app. */
async function fetchAs(email: string, path: string, acceptEncoding?: string) {
  const { cookie } = await api.as(email);
  const server = new Hono();
  server.use("/api/*", compressAnswers());
  server.route("/", api.app);
  return server.request(path, {
    headers: { cookie: cookie ?? "", ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}) },
  });
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("API answers are compressed on the fly", () => {
  it("sends a JSON list over 1 KB as Brotli or gzip, whichever the client prefers, with the same content", async () => {
    const plain = await fetchAs("lead@example.org", "/api/work-items?pageSize=50");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const plainBody = await bytesOf(plain);
    expect(plainBody.length).toBeGreaterThan(1024);

    const br = await fetchAs("lead@example.org", "/api/work-items?pageSize=50", "gzip, deflate, br, zstd");
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(br.headers.get("content-type")).toMatch(/^application\/json/);
    const brBody = await bytesOf(br);
    expect(brBody.length).toBeLessThan(plainBody.length / 3);
    expect(JSON.parse(brotliDecompressSync(brBody).toString())).toEqual(JSON.parse(plainBody.toString()));

    const gz = await fetchAs("lead@example.org", "/api/work-items?pageSize=50", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(await bytesOf(gz)).toString())).toEqual(JSON.parse(plainBody.toString()));
  });

  it("leaves an answer under 1 KB as it is, and says it varies by encoding", async () => {
    const response = await fetchAs("lead@example.org", "/api/auth/me", "br, gzip");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
    const body = await response.json();
    expect(body.user.email).toBe("lead@example.org");
  });

  it("sends a short problem+json as it is", async () => {
    const response = await fetchAs("lead@example.org", "/api/work-items?pageSize=abc", "br");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect((await response.json()).title).toBe("Bad query parameters");
  });

  it("streams a CSV export compressed, byte for byte the file it would send uncompressed", async () => {
    const plain = await bytesOf(await fetchAs("manager@example.org", "/api/export/work-items.csv?sort=title"));
    const response = await fetchAs("manager@example.org", "/api/export/work-items.csv?sort=title", "gzip");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="planned-work-/);
    const unzipped = gunzipSync(await bytesOf(response));
    expect([...unzipped.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(unzipped.equals(plain)).toBe(true);

    const brotli = await fetchAs("manager@example.org", "/api/export/work-items.csv?sort=title", "br");
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(await bytesOf(brotli)).equals(plain)).toBe(true);
  });

  it("sends nothing compressed to a client that accepts no compression we offer", async () => {
    for (const accept of ["identity", "deflate", "br;q=0, gzip;q=0", "*;q=0"]) {
      const response = await fetchAs("lead@example.org", "/api/work-items?pageSize=50", accept);
      expect(response.headers.get("content-encoding"), accept).toBeNull();
      expect((await response.json()).items.length, accept).toBeGreaterThan(20);
    }
  });
});

describe("chooseEncoding", () => {
  it("follows the client's weights, Brotli first on a tie", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip;q=1, br;q=0.5")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0.1, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
