/** Sizes of the built app in dist/: shared by the budget check and the benchmark. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const distDir = resolve("dist");
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

const sizes = new Map<string, { raw: number; gzip: number }>();
export function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(resolve(distDir, file));
    // zlib's default level, as a web server compresses on the fly.
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
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

/** Gzip bytes of the first load (entry and its static imports), and what each lazy page adds. */
export function bundleSizes(): { firstLoad: number; pages: Map<string, number> } {
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build first (vite build).`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry && key.endsWith("index.html"));
  if (!entryKey) throw new Error(`No entry for index.html in ${manifestPath}.`);
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
