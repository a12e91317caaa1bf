/**
 * Bundle budgets (issue 15):
 * - the JavaScript a first visit loads stays at or under 150 KiB gzip;
 * - everything the sign-in page loads (index.html, that JavaScript, the sign-in page's own chunks
 *   and the CSS) stays at or under 110 KiB of Brotli, as the server sends it (the build's .br copies).
 *
 *   npm run budget               # builds (vite build), then measures dist/
 *   npm run budget -- --no-build # measures the dist/ already there
 *
 * "What a first visit loads" is the entry chunk of index.html plus every chunk it
 * imports statically, recursively: the browser cannot run the app without them.
 * Chunks reached only through dynamic import() (the lazily loaded pages) are not
 * counted against the budget; the size each page adds is printed for information,
 * as is the CSS.
 *
 * It builds every time by default, so the number always describes the source as it
 * is (a dist/ left from an earlier build would measure old code); a build takes a
 * few seconds.
 */
import { build } from "vite";
import { fmt, kib, readManifest, signInLoad, signInPageKey, sizeOf, staticClosure } from "./bundle-sizes";

const budgetKiB = 150;
const signInBudgetKiB = 110;
function table(rows: string[][]) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const [index, row] of rows.entries()) {
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
    );
    if (index === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

async function main() {
  if (!process.argv.includes("--no-build")) {
    console.log("budget: building (vite build)…");
    await build({ logLevel: "warn" });
  }
  const { manifest, entryKey } = readManifest();

  const firstLoad = staticClosure(manifest, entryKey);
  const rows = firstLoad.map((key) => {
    const file = manifest[key]?.file ?? key;
    const { raw, gzip } = sizeOf(file);
    return { file, raw, gzip };
  });
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);

  console.log(`\nJavaScript a first visit loads (entry ${entryKey} and its static imports):\n`);
  table([
    ["chunk", "raw", "gzip"],
    ...rows.map((row) => [row.file, fmt(row.raw), fmt(row.gzip)]),
    ["total", fmt(totalRaw), fmt(total)],
  ]);

  const css = [...new Set(firstLoad.flatMap((key) => manifest[key]?.css ?? []))];
  if (css.length) {
    console.log("\nCSS a first visit loads (for information, not budgeted):\n");
    table([["file", "raw", "gzip"], ...css.map((file) => [file, fmt(sizeOf(file).raw), fmt(sizeOf(file).gzip)])]);
  }

  // What each lazily loaded page adds on top, for information.
  const inFirstLoad = new Set(firstLoad);
  const pages = Object.keys(manifest).filter((key) => manifest[key]?.isDynamicEntry);
  if (pages.length) {
    console.log("\nLoaded on demand, per page (not budgeted): what the page adds to the first load\n");
    table([
      ["page", "gzip"],
      ...pages.map((key) => {
        const extra = staticClosure(manifest, key).filter((k) => !inFirstLoad.has(k));
        const gzip = extra.reduce((sum, k) => sum + sizeOf(manifest[k]?.file ?? k).gzip, 0);
        return [key, fmt(gzip)];
      }),
    ]);
  }

  const signIn = signInLoad(manifest, entryKey).map((file) => ({ file, ...sizeOf(file) }));
  const signInTotal = signIn.reduce((sum, row) => sum + row.brotli, 0);
  console.log(`\nEverything the sign-in page (${signInPageKey}) loads: index.html, its JavaScript and CSS:\n`);
  table([
    ["file", "raw", "brotli"],
    ...signIn.map((row) => [row.file, fmt(row.raw), fmt(row.brotli)]),
    ["total", fmt(signIn.reduce((sum, row) => sum + row.raw, 0)), fmt(signInTotal)],
  ]);

  const over = kib(total) > budgetKiB;
  const signInOver = kib(signInTotal) > signInBudgetKiB;
  console.log(
    `\nbudget: first-load JavaScript is ${fmt(total)} gzip; the budget is ${budgetKiB} KiB: ${over ? "OVER BUDGET" : "within budget"}.`,
  );
  console.log(
    `budget: the sign-in page loads ${fmt(signInTotal)} Brotli; the budget is ${signInBudgetKiB} KiB: ${signInOver ? "OVER BUDGET" : "within budget"}.`,
  );
  if (over || signInOver) process.exitCode = 1;
}

main().catch((error) => {
  console.error("budget:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
