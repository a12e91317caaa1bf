/** Sizes of the built app in dist/client: shared by the budget check and the benchmark. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const distDir = resolve("dist/client");
export const manifestPath = resolve(distDir, ".vite/manifest.json");

type Chunk = {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, Chunk>;

export const kib = (bytes: number) => bytes / 1024;
export const fmt = (bytes: number) => `${kib(bytes).toFixed(1)} KiB`;

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
/**
 * A built file's bytes: raw; gzip at zlib's default level, as a web server compresses on the fly;
 * and Brotli as our server sends it: the build's .br copy (scripts/vite-precompress.ts), or the
 * file as it is where the build wrote none (too small to gain), since that is what goes out.
 */
export function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const path = resolve(distDir, file);
    const bytes = readFileSync(path);
    const brotli = existsSync(`${path}.br`) ? statSync(`${path}.br`).size : bytes.length;
    size = { raw: bytes.length, gzip: gzipSync(bytes).length, brotli };
    sizes.set(file, size);
  }
  return size;
}

/** The chunk and everything it imports statically, each once, in load order. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The manifest has no chunk "${key}".`);
  return [key, ...(chunk.imports ?? []).flatMap((next) => staticClosure(manifest, next, seen))];
}

export function readManifest(): { manifest: Manifest; entryKey: string } {
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build first (vite build).`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry && key.endsWith("index.html"));
  if (!entryKey) throw new Error(`No entry for index.html in ${manifestPath}.`);
  return { manifest, entryKey };
}

/** The sign-in route's page (src/app/router.tsx). */
export const signInPageKey = "src/app/routes/sign-in-page.tsx";

/** Whether a built chunk holds a source module, from the chunk's (hidden) source map. */
function chunkHolds(file: string, source: string): boolean {
  const map = resolve(distDir, `${file}.map`);
  if (!existsSync(map)) throw new Error(`${map} is missing: the build writes hidden source maps for this check.`);
  const { sources } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[] };
  return sources.some((path) => path.endsWith(source));
}

/**
 * Every file the sign-in page loads (a signed-out visit to any address lands there): index.html,
 * the entry and its static imports, the sign-in page's own chunks if it is loaded lazily (it is
 * part of the entry today), and the CSS of all of them; each once, in load order.
 */
export function signInLoad(manifest: Manifest, entryKey: string): string[] {
  const seen = new Set<string>();
  const chunks = staticClosure(manifest, entryKey, seen);
  if (manifest[signInPageKey]) chunks.push(...staticClosure(manifest, signInPageKey, seen));
  else if (!chunkHolds(manifest[entryKey]?.file ?? "", signInPageKey))
    throw new Error(`${signInPageKey} is neither a chunk of its own nor in the entry: what does sign-in load?`);
  const files = chunks.map((key) => manifest[key]?.file ?? key);
  const css = chunks.flatMap((key) => manifest[key]?.css ?? []);
  return ["index.html", ...new Set([...files, ...css])];
}

/** Gzip bytes of the first load (entry and its static imports), and what each lazy page adds. */
export function bundleSizes(): { firstLoad: number; pages: Map<string, number> } {
  const { manifest, entryKey } = readManifest();
  const first = staticClosure(manifest, entryKey);
  const inFirst = new Set(first);
  const gzipOf = (keys: string[]) => keys.reduce((sum, k) => sum + sizeOf(manifest[k]?.file ?? k).gzip, 0);
  const pages = new Map(
    Object.keys(manifest)
      .filter((key) => manifest[key]?.isDynamicEntry)
      .map((key) => [key, gzipOf(staticClosure(manifest, key).filter((k) => !inFirst.has(k)))] as const),
  );
  return { firstLoad: gzipOf(first), pages };
}
