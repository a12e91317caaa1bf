/**
 * npm run bench: seeds a large dataset into a fresh database (embedded PGlite, and
 * PostgreSQL when one is reachable), then reports p50 and p95 latency of the API calls
 * the pages make, plus the gzip size of the first-load JavaScript and of each page.
 * It prints a table and writes it to bench-results.md. Figures live here, not in tests.
 *
 *   npm run bench                                   # PGlite, and PostgreSQL at TEST_DATABASE_URL
 *   BENCH_RUNS=50 npm run bench                     # more samples per call (default 30)
 *   BENCH_ONLY=dashboard npm run bench              # only the calls whose name contains this
 *   npm run bench -- --load-only                    # only the load run over HTTP (scripts/bench-load.ts)
 *   BENCH_LOAD=0 npm run bench                      # everything but the load run
 *   npm run bench -- --import-only                  # only the 50,000-row import (scripts/bench-import.ts)
 *   BENCH_IMPORT=0 npm run bench                    # everything but the import
 *
 * At the end, the load run: 50 users over HTTP against one server process on PostgreSQL
 * (scripts/bench-load.ts; skipped when PostgreSQL is not reachable).
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { build } from "vite";
import { pgPool } from "../src/db/client";
import type { Db } from "../src/db/database";
import { drizzlePglite } from "../src/db/pglite";
import * as schema from "../src/db/schema";
import { createApp } from "../src/server/app";
import { benchPassword, benchPasswords, seedBench, sizesText, uuid } from "./bench-data";
import { type ImportFigures, importSection, runImportBench } from "./bench-import";
import { loadSection, mainLoadOnly, runLoad } from "./bench-load";
import { ms, percentile } from "./bench-stats";
import { bundleSizes, fmt } from "./bundle-sizes";

const runs = Number(process.env.BENCH_RUNS ?? 30);
const passwords = benchPasswords;
const password = benchPassword;

type Call = { name: string; path: string };
const year = { from: "2024-04-01", to: "2025-03-31" };
const allCalls: Call[] = [
  { name: "planned work, sorted by title, page 1", path: "/api/work-items?sort=title&pageSize=25" },
  { name: "planned work, sorted by title, page 300", path: "/api/work-items?sort=title&pageSize=25&page=300" },
  { name: "planned work, research, undecided, page 1", path: "/api/work-items?kind=research&plan=undecided" },
  {
    name: "planned work, search 'gamma', by start, page 20",
    path: "/api/work-items?search=gamma&sort=-startDate&page=20",
  },
  { name: "events not meeting the target, upcoming", path: "/api/work-items?agendaTarget=not_met&sort=upcoming" },
  { name: "people, perspective carer, page 1", path: "/api/people?perspective=carer" },
  { name: "people, search 'person 1999'", path: "/api/people?search=person%201999" },
  { name: "involvements of one work item", path: `/api/involvements?workItemId=${"WI8"}&pageSize=100` },
  {
    name: "speaker diversity, one reporting year",
    path: `/api/metrics/speaker-diversity?from=${year.from}&to=${year.to}`,
  },
  { name: "dashboard headline figures, one reporting year", path: "/api/metrics/dashboard?year=2024" },
  {
    name: "dashboard headline figures, one team, one quarter",
    path: "/api/metrics/dashboard?year=2024&quarter=2&teamId=TEAM1",
  },
  { name: "dashboard charts, one reporting year", path: "/api/metrics/charts?year=2024" },
  { name: "dashboard charts, one team and kind", path: "/api/metrics/charts?year=2024&teamId=TEAM1&kind=conference" },
  { name: "CSV export, all planned work (10,000 rows)", path: "/api/export/work-items.csv" },
  { name: "CSV export, all involvements (100,000 rows)", path: "/api/export/involvements.csv" },
  { name: "XLSX export, all planned work (10,000 rows)", path: "/api/export/work-items.xlsx" },
  { name: "XLSX export, all involvements (100,000 rows)", path: "/api/export/involvements.xlsx" },
];

const only = process.env.BENCH_ONLY?.toLowerCase();
const calls = only ? allCalls.filter((call) => call.name.toLowerCase().includes(only)) : allCalls;

async function measure(db: Db) {
  const app = createApp({ db, passwords });
  const login = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "bench1@example.org", password }),
  });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const [{ id: wi8 } = { id: "" }] = await db
    .select({ id: schema.workItems.id })
    .from(schema.workItems)
    .where(sql`${schema.workItems.id} = ${sql.raw(uuid("'wi8'"))}`);
  const [{ id: team1 } = { id: "" }] = await db
    .select({ id: schema.teams.id })
    .from(schema.teams)
    .where(sql`${schema.teams.id} = ${sql.raw(uuid("'team1'"))}`);
  const results: { name: string; p50: number; p95: number; bytes: number }[] = [];
  for (const call of calls) {
    const path = call.path.replace("WI8", wi8).replace("TEAM1", team1);
    const times: number[] = [];
    let bytes = 0;
    // Exports read every row: a few samples are enough (and keep the run short).
    const exporting = call.path.includes("export");
    const samples = exporting ? 3 : runs;
    // A few warm-ups, so the pooled connections have loaded the catalog, as in a server that has been up a while.
    const warmups = exporting ? 1 : 5;
    for (let i = 0; i < samples + warmups; i++) {
      const started = performance.now();
      const response = await app.request(path, { headers: { cookie } });
      const body = await response.arrayBuffer();
      const elapsed = performance.now() - started;
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${new TextDecoder().decode(body)}`);
      bytes = body.byteLength;
      if (i >= warmups) times.push(elapsed); // the first runs warm caches and plans
    }
    times.sort((a, b) => a - b);
    results.push({ name: call.name, p50: percentile(times, 50), p95: percentile(times, 95), bytes });
  }
  return results;
}

const importOnly = process.argv.includes("--import-only");
const withImport = process.env.BENCH_IMPORT !== "0";

/** The timed calls, then (on the same data, after them: it adds 50,000 items and removes them again) the import. */
async function measureAll(db: Db) {
  const results = importOnly ? [] : await measure(db);
  const imported: ImportFigures | null = withImport || importOnly ? await runImportBench(db) : null;
  return { results, imported };
}

async function onPglite() {
  const client = await PGlite.create();
  const db = drizzlePglite(client);
  const started = performance.now();
  await seedBench(db);
  const seeded = performance.now() - started;
  const { results, imported } = await measureAll(db);
  await client.close();
  return { engine: "PGlite (embedded)", seeded, results, imported };
}

async function onPostgres() {
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://tracker:tracker@127.0.0.1:5432/tracker";
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`bench: no PostgreSQL at ${new URL(adminUrl).host} (${(error as Error).message}); skipping it.`);
    return null;
  }
  const name = `tracker_bench_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = pgPool(url.toString()); // the app's own pool settings
  try {
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    const started = performance.now();
    await seedBench(db);
    const seeded = performance.now() - started;
    const { results, imported } = await measureAll(db);
    const version = (await admin.query("show server_version")).rows[0]?.server_version as string;
    return { engine: `PostgreSQL ${version}`, seeded, results, imported };
  } finally {
    await pool.end();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

/** Only the import, on each engine: printed, not written to bench-results.md. */
async function mainImportOnly() {
  const engines = [await onPglite(), await onPostgres()].filter((e) => e !== null);
  const figures = engines.flatMap((e) => (e.imported ? [{ engine: e.engine, figures: e.imported }] : []));
  console.log(`\n${importSection(figures).join("\n")}`);
}

async function main() {
  const started = performance.now();
  console.log(`bench: ${sizesText()}; ${runs} runs per call`);
  const engines = [await onPglite(), await onPostgres()].filter((e) => e !== null);
  console.log("bench: building the app to measure the bundles…");
  await build({ logLevel: "warn" });
  const bundle = bundleSizes();
  const load = process.env.BENCH_LOAD === "0" ? null : await runLoad();

  const lines = [
    "# Benchmark",
    "",
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}).`,
    `Data: ${sizesText()}. ${runs} timed runs per call (3 for exports) after warm-ups, through the real API in process (no network).`,
    "",
    `| call | ${engines.map((e) => `${e.engine} p50 | p95`).join(" | ")} |`,
    `| --- | ${engines.map(() => "---: | ---:").join(" | ")} |`,
    ...calls.map(
      (call, i) =>
        `| ${call.name} | ${engines.map((e) => `${ms(e.results[i]?.p50 ?? 0)} | ${ms(e.results[i]?.p95 ?? 0)}`).join(" | ")} |`,
    ),
    "",
    `Seeding took ${engines.map((e) => `${(e.seeded / 1000).toFixed(1)} s on ${e.engine}`).join(", ")}.`,
    "",
    "| bundle (gzip) | size |",
    "| --- | ---: |",
    `| first-load JavaScript | ${fmt(bundle.firstLoad)} |`,
    ...[...bundle.pages.entries()].map(([page, gzip]) => `| ${page} (added on demand) | ${fmt(gzip)} |`),
    "",
    ...importSection(engines.flatMap((e) => (e.imported ? [{ engine: e.engine, figures: e.imported }] : []))),
    ...(load ? loadSection(load) : []),
  ];
  const report = lines.join("\n");
  console.log(`\n${report}`);
  writeFileSync("bench-results.md", report);
  console.log(`bench: written to bench-results.md (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
}

if (process.argv.includes("--load-only")) await mainLoadOnly();
else if (importOnly) await mainImportOnly();
else await main();
