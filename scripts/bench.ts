/**
 * npm run bench: seeds a large dataset into a fresh database (embedded PGlite, and
 * PostgreSQL when one is reachable), then reports p50 and p95 latency of the API calls
 * the pages make, plus the gzip size of the first-load JavaScript and of each page.
 * It prints a table and writes it to bench-results.md. Figures live here, not in tests.
 *
 *   npm run bench                                   # PGlite, and PostgreSQL at TEST_DATABASE_URL
 *   BENCH_RUNS=50 npm run bench                     # more samples per call (default 30)
 *   BENCH_ONLY=dashboard npm run bench              # only the calls whose name contains this
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
import { migrate } from "../src/db/migrate";
import { loadMigrations } from "../src/db/migrations-node";
import { drizzlePglite } from "../src/db/pglite";
import * as schema from "../src/db/schema";
import { createApp } from "../src/server/app";
import { scryptHasher } from "../src/server/passwords-scrypt";
import { bundleSizes, fmt } from "./bundle-sizes";

const sizes = { workItems: 10_000, people: 20_000, involvements: 100_000, sessions: 2_000, bursaries: 5_000 };
const runs = Number(process.env.BENCH_RUNS ?? 30);
const passwords = scryptHasher({ N: 2 ** 10 });
const password = "bench-password";

/** A valid (version 4) UUID made from a text, so rows can refer to each other by number. */
const uuid = (text: string) => {
  const h = `md5(${text})`;
  return `(substr(${h}, 1, 12) || '4' || substr(${h}, 14, 3) || '8' || substr(${h}, 18, 15))::uuid`;
};

/** One statement per table, generated in the database: fast, deterministic, the same SQL on both engines. */
const seedStatements = [
  `insert into teams (id, name) select ${uuid("'team' || i")}, 'Bench team ' || i from generate_series(1, 6) i`,
  `insert into work_items (id, title, kind, team_id, lead_id, start_date, status, summary, version, created_at, updated_at)
   select ${uuid("'wi' || i")},
     'Bench item ' || i || ' ' || (array['alpha','beta','gamma','delta','epsilon'])[1 + i % 5],
     (array['conference','event','research','publication','blog','programme','digital','other'])[1 + i % 8],
     ${uuid("'team' || (1 + i % 6)")}, ${uuid("'user' || (1 + i % 30)")},
     date '2022-04-01' + (i * 37 % 1825), (array['planned','in_progress','completed','cancelled'])[1 + i % 4],
     'Summary of bench item ' || i, 1, now(), now()
   from generate_series(1, ${sizes.workItems}) i`,
  `insert into involvement_plans (work_item_id, considered, considered_on, level, roles, reason, version, created_at, updated_at)
   select ${uuid("'wi' || i")}, true, date '2022-04-01',
     (array['none','inform','consult','involve','collaborate','co_produce'])[1 + i % 6], '{}',
     case when i % 6 = 0 then 'Not relevant to this work' else '' end, 1, now(), now()
   from generate_series(1, ${sizes.workItems}) i where i % 5 <> 0`,
  `insert into people (id, name, email, perspectives, lived_experience, equality_given_on, version, created_at, updated_at)
   select ${uuid("'p' || i")}, 'Bench person ' || i, 'person' || i || '@example.net',
     array[(array['patient','service_user','carer','public','clinician','manager','academic','policy','other'])[1 + i % 9]],
     case when i % 4 = 0 then array['HIV'] else '{}' end,
     case when i % 3 = 0 then date '2024-01-01' end, 1, now(), now()
   from generate_series(1, ${sizes.people}) i`,
  `insert into equality_answers (person_id, age_band, sex, ethnicity, disability, updated_at)
   select ${uuid("'p' || i")}, (array['16-24','25-34','35-44','45-54','55-64','65+'])[1 + i % 6],
     (array['female','male','prefer_not_to_say'])[1 + i % 3], (array['white','white','white','asian','black','mixed','other'])[1 + i % 7],
     (array['yes','no','no','no'])[1 + i % 4], now()
   from generate_series(1, ${sizes.people}) i where i % 3 = 0`,
  // Conferences are items 8, 16, 24, …: sessions on them, speakers in agenda roles.
  `insert into agenda_sessions (id, work_item_id, title, starts_at, format, version, created_at, updated_at)
   select ${uuid("'s' || i")}, ${uuid(`'wi' || (8 * (1 + i % ${sizes.workItems / 8}))`)}, 'Bench session ' || i,
     timestamptz '2024-06-01 10:00+00' + (i % 600) * interval '1 day',
     (array['keynote','panel','workshop','talk','other'])[1 + i % 5], 1, now(), now()
   from generate_series(1, ${sizes.sessions}) i`,
  `insert into involvements (id, work_item_id, person_id, role, status, ask, expectations, payment_status, version, created_at, updated_at)
   select ${uuid("'inv' || i")}, ${uuid(`'wi' || (1 + i % ${sizes.workItems})`)}, ${uuid(`'p' || (1 + (i * 7919) % ${sizes.people})`)},
     (array['chair','presenter','facilitator','panellist','speaker_adviser','co_researcher','advisory_group','author','blog_contributor','reviewer','website_tester','programme_participant','other'])[1 + i % 13],
     (array['invited','confirmed','took_part','withdrew','declined'])[1 + (i / 13) % 5],
     'What we ask', 'What they can expect', 'not_due', 1, now(), now()
   from generate_series(1, ${sizes.involvements}) i`,
  `insert into bursaries (id, work_item_id, person_id, status, status_history, travel_pence, version, created_at, updated_at)
   select ${uuid("'b' || i")}, ${uuid(`'wi' || (8 * (1 + i % ${sizes.workItems / 8}))`)}, ${uuid("'p' || (9 * (1 + i % 2222))")},
     'applied', '[{"status":"applied","on":"2024-01-01"}]'::jsonb, 2500, 1, now(), now()
   from generate_series(1, ${sizes.bursaries}) i`,
  // A database in use has been vacuumed by autovacuum: measure that steady state, not the
  // minute after a bulk load (index-only scans need the visibility map that vacuum sets).
  "vacuum analyze",
];

async function seed(db: Db) {
  await migrate(db, loadMigrations());
  const hash = await passwords.hash(password);
  // Bench user 1 is a manager (who the timed calls run as), 2 events, 3 admin, the rest leads.
  await db.execute(sql`insert into users (id, email, name, role, password_hash)
    select ${sql.raw(uuid("'user' || i"))}, 'bench' || i || '@example.org', 'Bench user ' || i,
      case i when 1 then 'manager' when 2 then 'events' when 3 then 'admin' else 'lead' end, ${hash}
    from generate_series(1, 30) i`);
  for (const statement of seedStatements) await db.execute(sql.raw(statement));
}

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
];

const only = process.env.BENCH_ONLY?.toLowerCase();
const calls = only ? allCalls.filter((call) => call.name.toLowerCase().includes(only)) : allCalls;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

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

async function onPglite() {
  const client = await PGlite.create();
  const db = drizzlePglite(client);
  const started = performance.now();
  await seed(db);
  const seeded = performance.now() - started;
  const results = await measure(db);
  await client.close();
  return { engine: "PGlite (embedded)", seeded, results };
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
    await seed(db);
    const seeded = performance.now() - started;
    const results = await measure(db);
    const version = (await admin.query("show server_version")).rows[0]?.server_version as string;
    return { engine: `PostgreSQL ${version}`, seeded, results };
  } finally {
    await pool.end();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  console.log(
    `bench: ${Object.entries(sizes)
      .map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`)
      .join(", ")}; ${runs} runs per call`,
  );
  const engines = [await onPglite(), await onPostgres()].filter((e) => e !== null);
  console.log("bench: building the app to measure the bundles…");
  await build({ logLevel: "warn" });
  const bundle = bundleSizes();

  const lines = [
    "# Benchmark",
    "",
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}).`,
    `Data: ${Object.entries(sizes)
      .map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`)
      .join(
        ", ",
      )}. ${runs} timed runs per call (3 for exports) after warm-ups, through the real API in process (no network).`,
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
  ];
  const report = lines.join("\n");
  console.log(`\n${report}`);
  writeFileSync("bench-results.md", report);
  console.log("bench: written to bench-results.md");
}

await main();
