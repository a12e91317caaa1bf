import { pipeline, Readable } from "node:stream";
import { promisify } from "node:util";
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

/** Below this, compressing saves less than it costs. */
export const compressFromBytes = 1024;
/** What the API sends that is worth compressing: JSON (problem+json too) and CSV. */
const compressible = /^(?:application\/(?:[\w.+-]*\+)?json|text\/csv)\b/i;
type Encoding = "br" | "gzip";

/**
 * Brotli at quality 5: nearly all of its gain over gzip at a fraction of the time of the
 * highest quality, which suits answers compressed on every request.
 */
const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressBuffer: Record<Encoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  br: (bytes) => brotliAsync(bytes, brotliOptions),
  gzip: (bytes) => gzipAsync(bytes),
};
const compressStream: Record<Encoding, () => NodeJS.ReadWriteStream> = {
  br: () => createBrotliCompress(brotliOptions),
  gzip: () => createGzip(),
};

/** The encoding the client prefers among ours (Brotli first on a tie); none when it accepts neither. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  const best = (["br", "gzip"] as const).reduce<Encoding | undefined>(
    (chosen, encoding) => (weightOf(encoding) > (chosen ? weightOf(chosen) : 0) ? encoding : chosen),
    undefined,
  );
  return best;
}

/**
 * Compresses the API's JSON and CSV answers of 1 KB or more, with Brotli or gzip as the client
 * accepts. An answer already in memory is measured first (smaller ones go as they are); a
 * streamed one (a CSV export) is compressed as it streams, so a large file never sits whole in
 * memory.
 */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get("content-type") ?? "";
    if (!res.body || c.req.method === "HEAD" || res.status === 204 || res.status === 206) return;
    if (!compressible.test(type) || res.headers.has("content-encoding")) return;
    if (!/accept-encoding/i.test(res.headers.get("vary") ?? "")) res.headers.append("vary", "Accept-Encoding");
    const encoding = chooseEncoding(c.req.header("accept-encoding"));
    if (!encoding) return;
    const headers = new Headers(res.headers);
    headers.set("content-encoding", encoding);
    headers.delete("content-length");
    const init = { status: res.status, statusText: res.statusText, headers };
    if (type.startsWith("text/csv")) {
      // Web stream → zlib → web stream. pipeline() carries a stop either way: a cancelled
      // download cancels the export's source (which records it as stopped), as without compression.
      const source = Readable.fromWeb(res.body as import("node:stream/web").ReadableStream);
      const compressor = compressStream[encoding]();
      pipeline(source, compressor, () => {});
      res.headers.delete("content-length");
      c.res = new Response(Readable.toWeb(compressor as unknown as Readable) as ReadableStream, init);
      return;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length < compressFromBytes) {
      c.res = new Response(bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
      return;
    }
    // Hono copies the old answer's headers onto the new one: a stale length must not come along.
    res.headers.delete("content-length");
    c.res = new Response(new Uint8Array(await compressBuffer[encoding](bytes)), init);
  };
}
