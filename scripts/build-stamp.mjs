/**
 * Whether dist/ was built from the sources as they are now. `npm run build` writes a hash of
 * every file the build reads into dist/build-stamp; `npm start` rebuilds only when the hash
 * of today's sources differs (or a piece of the build is missing). Contents, not times: a
 * fresh clone or a `git checkout` touches every file's time without changing what it builds.
 *
 *   node scripts/build-stamp.mjs --write   # after a build
 *   node scripts/build-stamp.mjs --check   # exit 0 when dist/ is up to date
 *   node scripts/build-stamp.mjs --ensure  # build when it is not (before running a compiled command)
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const stampPath = join(root, "dist", "build-stamp");
/** Files and folders the two builds read. Tests are left out: they change nothing that is built. */
const inputs = [
  "src",
  "public",
  "index.html",
  "vite.config.ts",
  "vite.server.config.ts",
  "scripts/vite-precompress.ts",
  "tsconfig.json",
  "package-lock.json",
];
/** What a complete build leaves. */
const outputs = ["dist/client/index.html", "dist/server/main.js"];
const isTest = (path) => /\.test\.tsx?$/.test(path);

function* filesUnder(path) {
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* filesUnder(child);
    else if (!isTest(child)) yield child;
  }
}

export function sourceHash() {
  const hash = createHash("sha256");
  for (const input of inputs) {
    const path = join(root, input);
    const files = existsSync(path) && !path.match(/\.[a-z]+$/) ? [...filesUnder(path)] : [path];
    for (const file of files) {
      if (!existsSync(file)) continue;
      hash.update(relative(root, file));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

export function isUpToDate() {
  if (!outputs.every((output) => existsSync(join(root, output)))) return false;
  if (!existsSync(stampPath)) return false;
  return readFileSync(stampPath, "utf8").trim() === sourceHash();
}

function writeStamp() {
  writeFileSync(stampPath, `${sourceHash()}\n`);
}

/** Builds when dist/ is missing or older than the sources; exits the process if the build fails. */
export function ensureBuilt({ quiet = false } = {}) {
  if (isUpToDate()) {
    if (!quiet) console.log("The build is up to date with the sources.");
    return;
  }
  console.log("The sources changed since the last build (or there is none): building…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // The build's own output goes to stderr here, so a command's stdout stays its own.
  const build = spawnSync(npm, ["run", "build"], { cwd: root, stdio: ["ignore", process.stderr, "inherit"] });
  if (build.status !== 0) {
    console.error("The build failed (see above).");
    process.exit(build.status ?? 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--write")) writeStamp();
  else if (process.argv.includes("--check")) process.exit(isUpToDate() ? 0 : 1);
  else if (process.argv.includes("--ensure")) ensureBuilt({ quiet: true });
  else {
    console.error("Usage: node scripts/build-stamp.mjs --write | --check | --ensure");
    process.exit(2);
  }
}
