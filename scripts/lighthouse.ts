/**
 * Lighthouse against a running server (issue 15): the sign-in page signed out, and the pages a
 * manager sees really signed in, on Lighthouse's mobile and desktop presets, several runs each;
 * prints the medians. A measuring tool, not a test: it is slow (~15 s a run) and never runs in CI.
 *
 *   npm run lighthouse -- http://127.0.0.1:4500         # or LIGHTHOUSE_URL=…
 *   LIGHTHOUSE_RUNS=5 LIGHTHOUSE_PAGES=/dashboard LIGHTHOUSE_PRESETS=mobile npm run lighthouse -- URL
 *   npm run lighthouse -- URL --save .tmp/lighthouse     # also keeps every report (JSON)
 *
 * Signs in over HTTP (POST /api/auth/login, LIGHTHOUSE_EMAIL / LIGHTHOUSE_PASSWORD, by default the
 * demo seed's manager) and hands the session cookies to a fresh Chromium for each run, so each
 * run is a first visit (Lighthouse empties the cache) by someone already signed in.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
// Lighthouse's own dependency (its documented way to run on a signed-in page), used as it ships.
import puppeteer, { type CookieData } from "puppeteer-core";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"];

type Preset = "mobile" | "desktop";
type Target = { label: string; path: string; signedIn: boolean };

function usage(message: string): never {
  console.error(`lighthouse: ${message}\nusage: npm run lighthouse -- <server URL> [--save DIR]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const saveAt = args.indexOf("--save");
const saveDir = saveAt >= 0 ? args[saveAt + 1] : undefined;
// The URL is the argument that is neither a flag nor --save's folder (there may be no --save).
const base =
  args.find((arg, i) => !arg.startsWith("--") && (saveAt < 0 || i !== saveAt + 1)) ?? process.env.LIGHTHOUSE_URL;
if (!base) usage("no server URL");
const origin = new URL(base).origin;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) usage("LIGHTHOUSE_RUNS must be a whole number from 1");

const allTargets: Target[] = [
  // "/" signed out is the sign-in page: the first thing anyone loads.
  { label: "/ (signed out)", path: "/", signedIn: false },
  // Signed in, "/" goes on to the manager's landing page.
  { label: "/ (signed in)", path: "/", signedIn: true },
  { label: "/work-items", path: "/work-items", signedIn: true },
  { label: "/dashboard", path: "/dashboard", signedIn: true },
];
const pageFilter = process.env.LIGHTHOUSE_PAGES?.split(",").map((s) => s.trim());
const targets = pageFilter ? allTargets.filter((t) => pageFilter.includes(t.label)) : allTargets;
const presets = (process.env.LIGHTHOUSE_PRESETS?.split(",") ?? ["mobile", "desktop"]).filter(
  (p): p is Preset => p === "mobile" || p === "desktop",
);
if (targets.length === 0 || presets.length === 0) usage("LIGHTHOUSE_PAGES / LIGHTHOUSE_PRESETS match nothing");

/** The session's cookies, as the server sets them on a sign-in. */
async function signIn(): Promise<CookieData[]> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    // Writes need a same-origin Origin (CSRF protection).
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({
      email: process.env.LIGHTHOUSE_EMAIL ?? "manager@example.org",
      password: process.env.LIGHTHOUSE_PASSWORD ?? "involve-demo",
    }),
  });
  if (!response.ok) throw new Error(`sign-in refused: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((line): CookieData => {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const at = pair.indexOf("=");
    const has = (name: string) => attributes.some((a) => a.toLowerCase() === name);
    return {
      name: pair.slice(0, at),
      value: pair.slice(at + 1),
      domain: new URL(origin).hostname,
      path: "/",
      httpOnly: has("httponly"),
      secure: has("secure"),
      sameSite: "Lax",
    };
  });
  if (cookies.length === 0) throw new Error("sign-in set no cookie (two-step verification on this account?)");
  return cookies;
}

type Measure = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number };

function measureOf(lhr: Result): Measure {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
  };
}

async function runOnce(target: Target, preset: Preset, cookies: CookieData[]): Promise<Result> {
  // A new browser each run: no cookie, cache or service worker left from the one before.
  const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeFlags, defaultViewport: null });
  try {
    if (target.signedIn) await browser.setCookie(...cookies);
    const page = await browser.newPage();
    const result = await lighthouse(
      `${origin}${target.path}`,
      { onlyCategories: ["performance", "accessibility"], output: "json", logLevel: "error" },
      preset === "desktop" ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error("Lighthouse returned nothing");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    // A signed-in page that ends on /sign-in measured the wrong thing.
    if (target.signedIn && new URL(lhr.finalDisplayedUrl).pathname === "/sign-in")
      throw new Error(`${target.label} ended on the sign-in page: the session was not used`);
    return lhr;
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP on a slow start): such a
 * run measured nothing, so it is run again (at most twice) rather than ending the whole session.
 */
async function runWithRetry(target: Target, preset: Preset, cookies: CookieData[]): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(target, preset, cookies);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt > 2 || !/^(NO_NAVSTART|NO_FCP|NO_LCP)\b/.test(message)) throw error;
      console.error(`  ${target.label} ${preset}: ${message.split(":")[0]}; running it again`);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main() {
  const cookies = targets.some((t) => t.signedIn) ? await signIn() : [];
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const rows: string[][] = [];
  for (const target of targets) {
    for (const preset of presets) {
      const measures: Measure[] = [];
      for (let run = 1; run <= runs; run++) {
        const lhr = await runWithRetry(target, preset, cookies);
        const m = measureOf(lhr);
        measures.push(m);
        console.error(
          `  ${target.label} ${preset} run ${run}/${runs}: performance ${m.performance}, accessibility ${m.accessibility}, ` +
            `FCP ${Math.round(m.fcp)} ms, LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)} (${new URL(lhr.finalDisplayedUrl).pathname})`,
        );
        if (saveDir) {
          const name = `${target.label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "root"}-${preset}-${run}.json`;
          writeFileSync(join(saveDir, name), JSON.stringify(lhr));
        }
      }
      const of = (key: keyof Measure) => median(measures.map((m) => m[key]));
      rows.push([
        target.label,
        preset,
        String(of("performance")),
        String(of("accessibility")),
        `${Math.round(of("fcp"))} ms`,
        `${Math.round(of("lcp"))} ms`,
        `${Math.round(of("tbt"))} ms`,
        of("cls").toFixed(3),
      ]);
    }
  }
  const header = ["page", "preset", "performance", "accessibility", "FCP", "LCP", "TBT", "CLS"];
  console.log(`\nLighthouse medians of ${runs} run(s) against ${origin}:\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`| ${header.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

main().catch((error) => {
  console.error("lighthouse:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
