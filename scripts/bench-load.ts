/**
 * The load run (issue 15): the bench data in a fresh PostgreSQL database, ONE real server process
 * on it, and signed-in users over HTTP from this process.
 *
 * - Open loop: BENCH_LOAD_USERS (50) users, each sending one request every 2 s (jittered start)
 *   for BENCH_LOAD_SECONDS (60), on schedule whether or not the last answer came: Planned work
 *   lists, a work item page's calls, People lists and the Dashboard figures, as the pages ask.
 * - Closed loop: N workers sending back to back for BENCH_LOAD_STEP_SECONDS (15) at each N in
 *   BENCH_LOAD_STEPS (1,2,4,8,16,32): requests per second and latency, and the maximum found.
 *
 *   npx tsx scripts/bench-load.ts            # the load run alone; replaces its section of bench-results.md
 *   npm run bench -- --load-only             # the same, through npm run bench
 *   BENCH_LOAD=0 npm run bench               # the bench without the load run
 *
 * PostgreSQL: TEST_DATABASE_URL (default postgres://tracker:tracker@127.0.0.1:5432/tracker), a role
 * with CREATEDB; a database tracker_load_… is created and dropped. Without PostgreSQL the run is skipped.
 * The server is `node dist/server/main.js` when built, else `node --import tsx src/server/main.ts`
 * (BENCH_LOAD_SERVER=source forces the latter; a path to a main.js runs that build). Its stdout (a
 * pino line per request) is piped and discarded, as a service manager's journal would take it;
 * BENCH_LOAD_STDOUT=ignore sends it to /dev/null.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { pgPool } from "../src/db/client";
import type { Db } from "../src/db/database";
import * as schema from "../src/db/schema";
import { calendarDate } from "../src/shared/calendar-date";
import { reportingYearOf } from "../src/shared/reporting-year";
import { benchEmail, benchPassword, benchUsers, seedBench, sizesText, uuid } from "./bench-data";
import { ms, percentile } from "./bench-stats";

const settings = {
  users: Number(process.env.BENCH_LOAD_USERS ?? 50),
  intervalMs: 2000,
  seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 60),
  steps: (process.env.BENCH_LOAD_STEPS ?? "1,2,4,8,16,32").split(",").map(Number),
  stepSeconds: Number(process.env.BENCH_LOAD_STEP_SECONDS ?? 15),
  stdout: process.env.BENCH_LOAD_STDOUT === "ignore" ? ("ignore" as const) : ("pipe" as const),
};
/** The acceptance line: p95 at most this, and no errors, for the open-loop users. */
const targetP95Ms = 250;
const root = resolve(import.meta.dirname, "..");

type Role = "manager" | "events" | "admin" | "lead";
type Session = { email: string; role: Role; cookie: string; agent: http.Agent };
type Call = { kind: string; path: string };
type Sample = { kind: string; ms: number; status: number; error?: string };
type Summary = {
  count: number;
  errors: number;
  /** "500: 3", "ECONNRESET: 1" */
  errorsBy: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};
type Step = Summary & { workers: number; rps: number; cpu: Cpu };
export type LoadResult =
  | { skipped: string }
  | {
      engine: string;
      server: string;
      /** The server's pool (src/db/client.ts), so the figures say what they were measured with. */
      poolSize: number;
      seededMs: number;
      signInMs: number;
      accounts: number;
      openLoop: Summary & { rate: number; maxLagMs: number; cpu: Cpu };
      byKind: (Summary & { kind: string })[];
      closedLoop: Step[];
      stdoutLines: number;
      /** The open loop's requests as the server timed them (its log lines), by route, slowest p95 first. */
      serverTimes: { route: string; count: number; p50: number; p95: number; max: number }[];
      /** The machine's CPU use in the 2 s before the run, in cores (not ours). */
      backgroundBusy: number | null;
      totalMs: number;
    };

// ---------------------------------------------------------------- measuring

function timesOf(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
}

function summarise(samples: Sample[]): Summary {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errorsBy: Record<string, number> = {};
  for (const s of samples) {
    if (s.status >= 200 && s.status < 300) continue;
    const key = s.error ?? String(s.status);
    errorsBy[key] = (errorsBy[key] ?? 0) + 1;
  }
  return {
    count: samples.length,
    errors: Object.values(errorsBy).reduce((a, b) => a + b, 0),
    errorsBy,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
  };
}

/** The whole machine's CPU time, busy and total: the client, the server and PostgreSQL share its cores. */
function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

/** A process's CPU seconds so far (Linux /proc; null elsewhere, or when it is not ours to read). */
function processCpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line; clock ticks are 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** What to measure the CPU of: the server process, and the PostgreSQL backends serving its database. */
type Watch = { serverPid: number | undefined; backends: () => Promise<number[]> };
/** CPU over a phase, in cores (2 = both cores of a two-core machine, all the time). */
type Cpu = { server: number | null; postgres: number | null; client: number; machine: number | null };

async function cpuMeter(watch: Watch) {
  const machine = machineTimes();
  const server = processCpuSeconds(watch.serverPid);
  const backends = new Map((await watch.backends()).map((pid) => [pid, processCpuSeconds(pid)]));
  const client = process.cpuUsage();
  const started = performance.now();
  return async (): Promise<Cpu> => {
    const seconds = (performance.now() - started) / 1000;
    const now = machineTimes();
    const serverNow = processCpuSeconds(watch.serverPid);
    // Backends the pool opened during the phase count from zero.
    let postgres: number | null = 0;
    for (const pid of await watch.backends()) {
      const used = processCpuSeconds(pid);
      if (used === null || postgres === null) postgres = null;
      else postgres += used - (backends.get(pid) ?? 0);
    }
    const clientNow = process.cpuUsage(client);
    return {
      server: server !== null && serverNow !== null ? (serverNow - server) / seconds : null,
      postgres: postgres === null ? null : postgres / seconds,
      client: (clientNow.user + clientNow.system) / 1e6 / seconds,
      machine:
        now.total > machine.total ? (cpus().length * (now.busy - machine.busy)) / (now.total - machine.total) : null,
    };
  };
}

/** Deterministic pseudo-random numbers (mulberry32): the same calls on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

// ---------------------------------------------------------------- HTTP

type Target = { host: string; port: number };

/**
 * One GET, timed from sending to the last byte of the body. node:http rather than fetch: a lighter
 * client, so on a two-core machine more of the CPU is left to the server being measured.
 */
function get(target: Target, session: Session, call: Call): Promise<Sample> {
  const started = performance.now();
  return new Promise((done) => {
    const failed = (error: NodeJS.ErrnoException) =>
      done({ kind: call.kind, ms: performance.now() - started, status: 0, error: error.code ?? error.message });
    let request: http.ClientRequest;
    try {
      request = http.get(
        {
          ...target,
          path: call.path,
          agent: session.agent,
          // As a browser asks: the server compresses JSON of 1 KB or more.
          headers: { cookie: session.cookie, accept: "application/json", "accept-encoding": "gzip, deflate, br" },
          timeout: 30_000,
        },
        (response) => {
          response.on("data", () => {});
          response.on("end", () =>
            done({ kind: call.kind, ms: performance.now() - started, status: response.statusCode ?? 0 }),
          );
          response.on("error", failed);
        },
      );
    } catch (error) {
      // A path Node refuses to send: an error of this run, never a crash that leaves the database behind.
      failed(error as NodeJS.ErrnoException);
      return;
    }
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "timeout" })));
    request.on("error", failed);
  });
}

function post(target: Target, path: string, body: unknown) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((done, fail) => {
    const text = JSON.stringify(body);
    const request = http.request(
      {
        ...target,
        path,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(text) },
      },
      (response) => {
        let answer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          answer += chunk;
        });
        response.on("end", () => done({ status: response.statusCode ?? 0, headers: response.headers, body: answer }));
      },
    );
    request.on("error", fail);
    request.end(text);
  });
}

/**
 * Signs in over HTTP as a browser does, one at a time: each sign-in is settled (a success) before the
 * next starts, so the throttle, which counts failures and attempts under way, never sees a burst. A 429
 * is still obeyed: wait Retry-After, then try again.
 */
async function signIn(target: Target, email: string, role: Role): Promise<Session> {
  for (let attempt = 1; ; attempt++) {
    const answer = await post(target, "/api/auth/login", { email, password: benchPassword });
    if (answer.status === 200) {
      const cookie = (answer.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
      // A browser-like connection pool per user: keep-alive, at most 6 connections.
      return { email, role, cookie, agent: new http.Agent({ keepAlive: true, maxSockets: 6 }) };
    }
    const wait = Number(answer.headers["retry-after"] ?? 0);
    if (answer.status !== 429 || attempt >= 3 || wait > 120)
      throw new Error(`sign-in as ${email} failed: ${answer.status} ${answer.body.slice(0, 200)}`);
    console.log(`bench load: sign-in throttled; waiting ${wait} s as Retry-After asks`);
    await sleep(wait * 1000);
  }
}

// ---------------------------------------------------------------- what the pages ask

type Samples = {
  /** Items with an involvement decision (so /plan answers 200, as the page asks only then). */
  items: string[];
  conferences: string[];
  teams: string[];
  year: number;
};

/**
 * One user's requests, page by page as the app sends them (see src/app/routes): the shell's calls
 * once, then Planned work (page 1, another page or sort, a filter), a work item's page (a
 * conference's with its agenda, bursaries and speaker diversity), People, the Dashboard.
 */
function callStream(session: Session, data: Samples, seed: number) {
  const rng = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const queue: Call[] = [
    { kind: "shell: me, teams, users", path: "/api/auth/me" },
    { kind: "shell: me, teams, users", path: "/api/teams" },
    { kind: "shell: me, teams, users", path: "/api/users" },
  ];
  const itemPage = (id: string, conference: boolean): Call[] => {
    const kind = conference ? "conference page" : "work item page";
    return [
      { kind, path: `/api/work-items/${id}` },
      { kind, path: `/api/work-items/${id}/plan` },
      { kind, path: `/api/involvements?workItemId=${id}&page=1&pageSize=100` },
      ...(conference
        ? [
            { kind, path: `/api/work-items/${id}/sessions` },
            { kind, path: `/api/work-items/${id}/public-agenda` },
            { kind, path: `/api/work-items/${id}/event-details` },
            { kind, path: `/api/work-items/${id}/bursary-summary` },
            { kind, path: `/api/bursaries?workItemId=${id}&page=1&pageSize=100` },
            { kind, path: `/api/metrics/speaker-diversity?workItemId=${id}` },
          ]
        : []),
      // The Activity section is admin's alone.
      ...(session.role === "admin" ? [{ kind, path: `/api/audit?recordId=${id}&pageSize=20` }] : []),
    ];
  };
  const visits: (() => Call[])[] = [
    () => [{ kind: "planned work list", path: "/api/work-items" }],
    () => [
      {
        kind: "planned work list",
        path: pick([
          `/api/work-items?page=${2 + Math.floor(rng() * 398)}`,
          `/api/work-items?sort=title&page=${1 + Math.floor(rng() * 400)}`,
          "/api/work-items?sort=-startDate",
          "/api/work-items?sort=upcoming",
          "/api/work-items?pageSize=100",
        ]),
      },
    ],
    () => itemPage(pick(data.items), false),
    () => [
      {
        kind: "planned work, filtered",
        path: pick([
          `/api/work-items?kind=${pick(["conference", "event", "research", "blog"])}&status=${pick(["planned", "in_progress"])}`,
          "/api/work-items?plan=undecided",
          `/api/work-items?search=${encodeURIComponent(pick(["gamma", "item 12", "alpha"]))}`,
          `/api/work-items?teamId=${pick(data.teams)}&sort=-startDate`,
          `/api/work-items?from=${data.year}-04-01&to=${data.year + 1}-03-31&kind=conference`,
        ]),
      },
    ],
    () => [
      { kind: "people list", path: "/api/people?pageSize=25" },
      { kind: "people list", path: "/api/lived-experience-tags" },
    ],
    () => itemPage(pick(data.conferences), true),
    () => [
      {
        kind: "people list",
        path: pick([
          `/api/people?pageSize=25&page=${2 + Math.floor(rng() * 700)}`,
          `/api/people?pageSize=25&perspective=${pick(["carer", "patient", "public"])}`,
          `/api/people?pageSize=25&search=${encodeURIComponent(`person ${1 + Math.floor(rng() * 20_000)}`)}`,
        ]),
      },
    ],
    () => {
      // The year is always sent (the page's own); sometimes a team or a quarter too.
      const query = pick([
        `year=${data.year}`,
        `year=${data.year}`,
        `year=${data.year}&teamId=${pick(data.teams)}`,
        `year=${data.year}&quarter=${1 + Math.floor(rng() * 4)}`,
      ]);
      return [
        { kind: "dashboard figures", path: `/api/metrics/dashboard?${query}` },
        { kind: "dashboard figures", path: `/api/metrics/charts?${query}` },
      ];
    },
  ];
  let visit = Math.floor(rng() * visits.length);
  return (): Call => {
    if (queue.length === 0) queue.push(...(visits[visit++ % visits.length] as () => Call[])());
    return queue.shift() as Call;
  };
}

// ---------------------------------------------------------------- the runs

/** Each user on a fixed schedule (open loop): a slow answer does not hold back the next request. */
async function openLoop(target: Target, sessions: Session[], data: Samples, watch: Watch) {
  const samples: Sample[] = [];
  const inFlight: Promise<void>[] = [];
  let maxLagMs = 0;
  const jitter = random(7);
  const meter = await cpuMeter(watch);
  const started = performance.now() + 50;
  const end = started + settings.seconds * 1000;
  await Promise.all(
    sessions.map(async (session, u) => {
      const next = callStream(session, data, 1000 + u);
      const offset = jitter() * settings.intervalMs;
      for (let k = 0; ; k++) {
        const due = started + offset + k * settings.intervalMs;
        if (due >= end) break;
        await sleep(due - performance.now());
        // How late this client sent (its own event loop busy): it should stay at a few ms.
        maxLagMs = Math.max(maxLagMs, performance.now() - due);
        inFlight.push(get(target, session, next()).then((s) => void samples.push(s)));
      }
    }),
  );
  await Promise.all(inFlight);
  const cpu = await meter();
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  return {
    summary: { ...summarise(samples), rate: samples.length / settings.seconds, maxLagMs, cpu },
    byKind: kinds.map((kind) => ({ kind, ...summarise(samples.filter((s) => s.kind === kind)) })),
  };
}

/** `workers` requests always in flight, each sent as the last answer arrives (closed loop). */
async function closedLoop(
  target: Target,
  sessions: Session[],
  data: Samples,
  workers: number,
  seconds: number,
  watch: Watch,
): Promise<Step> {
  const samples: Sample[] = [];
  const meter = await cpuMeter(watch);
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const session = sessions[w % sessions.length] as Session;
      const next = callStream(session, data, 5000 + workers * 100 + w);
      while (performance.now() < end) samples.push(await get(target, session, next()));
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { workers, rps: samples.length / elapsed, ...summarise(samples), cpu: await meter() };
}

// ---------------------------------------------------------------- the server

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

type Running = {
  child: ChildProcess;
  command: string;
  stdoutLines: () => number;
  stderr: () => string;
  /** While on, each request line's own time (pino's ms: the server's view, no network) is kept by route. */
  collect: (on: boolean) => void;
  serverTimes: Map<string, number[]>;
};

/** dist/server/main.js when built (BENCH_LOAD_SERVER=source: the TypeScript; a path: that build). */
function serverCommand(): { args: string[]; shown: string } {
  const choice = process.env.BENCH_LOAD_SERVER;
  if (choice && choice !== "source" && choice !== "dist") return { args: [resolve(choice)], shown: `node ${choice}` };
  const compiled = resolve(root, "dist/server/main.js");
  if (choice !== "source" && existsSync(compiled)) return { args: [compiled], shown: "node dist/server/main.js" };
  return {
    args: ["--import", "tsx", resolve(root, "src/server/main.ts")],
    shown: "node --import tsx src/server/main.ts",
  };
}

function startServer(databaseUrl: string, port: number): Running {
  const command = serverCommand();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["TEST_DATABASE_URL", "DATA_DIR", "PUBLIC_URL", "TRUST_PROXY"]) delete env[key];
  Object.assign(env, { DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", SEED: "none" });
  const child = spawn(process.execPath, command.args, { cwd: root, env, stdio: ["ignore", settings.stdout, "pipe"] });
  let lines = 0;
  let partial = "";
  let collecting = false;
  const serverTimes = new Map<string, number[]>();
  // Drained as it comes, never left to fill: a full pipe would block pino's writes, and the server with them.
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    lines += complete.length;
    if (!collecting) return;
    for (const line of complete) {
      try {
        const entry = JSON.parse(line) as { msg?: string; method?: string; route?: string; ms?: number };
        if (entry.msg !== "request" || typeof entry.ms !== "number") continue;
        const key = `${entry.method} ${entry.route}`;
        const times = serverTimes.get(key) ?? [];
        times.push(entry.ms);
        serverTimes.set(key, times);
      } catch {
        // Not a log line (the start-up messages): skipped.
      }
    }
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  return {
    child,
    command: command.shown,
    stdoutLines: () => lines,
    stderr: () => stderr,
    collect: (on) => {
      collecting = on;
    },
    serverTimes,
  };
}

async function waitReady(server: Running, target: Target, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`the server exited before it was ready:\n${server.stderr()}`);
    const ok = await new Promise<boolean>((done) => {
      const request = http.get({ ...target, path: "/api/health", agent: false, timeout: 2000 }, (response) => {
        response.resume();
        done(response.statusCode === 200);
      });
      request.on("timeout", () => request.destroy());
      request.on("error", () => done(false));
    });
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`the server was not ready after ${timeoutMs / 1000} s:\n${server.stderr()}`);
}

/** SIGTERM (the server finishes what is in flight and closes its pool), then SIGKILL if it hangs. */
async function stopServer(server: Running) {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const killed = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(killed);
}

// ---------------------------------------------------------------- the whole run

/** The app's own pool settings, read without connecting. */
async function poolSizeOf(url: string): Promise<number> {
  const pool = pgPool(url);
  const size = pool.options.max ?? 10;
  await pool.end();
  return size;
}

const bySession = (n: number): Role => (n === 1 ? "manager" : n === 2 ? "events" : n === 3 ? "admin" : "lead");

export async function runLoad(): Promise<LoadResult> {
  const runStarted = performance.now();
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://tracker:tracker@127.0.0.1:5432/tracker";
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `no PostgreSQL at ${new URL(adminUrl).host} (${(error as Error).message})`;
    console.log(`bench load: ${reason}; skipping the load run.`);
    return { skipped: reason };
  }
  const name = `tracker_load_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let server: Running | undefined;
  let cleaning: Promise<void> | undefined;
  // Once, whichever comes first: the run's end, its failure, or Ctrl-C.
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (server) await stopServer(server);
      // The server has closed its pool by now; FORCE covers one left hanging.
      await admin.query(`drop database if exists ${name} with (force)`).catch((error: Error) => {
        console.error(`bench load: could not drop ${name}: ${error.message}`);
      });
      await admin.end();
    })());
  const killOnExit = () => server?.child.kill("SIGKILL");
  const interrupted = () => {
    console.log("bench load: interrupted; stopping the server and dropping the database…");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("exit", killOnExit);
  process.once("SIGINT", interrupted);
  try {
    // Others' work on this machine (tests, builds) skews the figures: say how busy it was before.
    const before = await cpuMeter({ serverPid: undefined, backends: async () => [] });
    await sleep(2000);
    const backgroundBusy = (await before()).machine;
    await admin.query(`create database ${name}`);
    const version = (await admin.query("show server_version")).rows[0]?.server_version as string;

    console.log(`bench load: seeding ${name} (${sizesText()})…`);
    let started = performance.now();
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    let data: Samples;
    try {
      await seedBench(drizzle({ client: pool, schema }) as unknown as Db);
      const ids = async (where: string) =>
        (
          await pool.query<{ id: string }>(
            `select ${uuid("'wi' || i")}::text as id from generate_series(1, 10000) i where ${where}`,
          )
        ).rows.map((row) => row.id);
      data = {
        // Items 5, 10, … have no decision (their page does not ask for /plan); conferences are 8, 16, ….
        items: await ids("i % 5 <> 0 and i % 8 <> 0 and i % 13 = 0"),
        conferences: await ids("i % 5 <> 0 and i % 8 = 0 and i % 3 = 0"),
        teams: (await pool.query<{ id: string }>("select id::text from teams")).rows.map((row) => row.id),
        year: reportingYearOf(calendarDate(new Date())),
      };
    } finally {
      await pool.end();
    }
    const seededMs = performance.now() - started;

    const port = await freePort();
    const target = { host: "127.0.0.1", port };
    server = startServer(url.toString(), port);
    console.log(`bench load: starting the server (${server.command}) on port ${port}…`);
    await waitReady(server, target);
    const watch: Watch = {
      serverPid: server.child.pid,
      backends: async () =>
        (await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [name])).rows.map(
          (row) => row.pid,
        ),
    };

    started = performance.now();
    const sessions: Session[] = [];
    for (let i = 0; i < settings.users; i++) {
      // 50 users on 30 accounts: several sessions per account, as one person with two browsers.
      const n = 1 + (i % benchUsers);
      sessions.push(await signIn(target, benchEmail(n), bySession(n)));
    }
    const signInMs = performance.now() - started;
    console.log(`bench load: ${sessions.length} users signed in (${(signInMs / 1000).toFixed(1)} s); warming up…`);

    // Every pooled connection has loaded the catalog and the plans, as in a server up a while; not timed.
    const warm = await closedLoop(target, sessions, data, 10, 5, watch);
    if (warm.errors > 0)
      throw new Error(`the warm-up had errors: ${JSON.stringify(warm.errorsBy)}\n${server.stderr()}`);

    console.log(
      `bench load: open loop, ${sessions.length} users, one request every ${settings.intervalMs / 1000} s for ${settings.seconds} s…`,
    );
    server.collect(true);
    const open = await openLoop(target, sessions, data, watch);
    // The last lines of the run are still in the pipe: a moment for them to arrive.
    await sleep(200);
    server.collect(false);
    const serverTimes = [...server.serverTimes.entries()]
      .map(([route, times]) => ({ route, ...timesOf(times) }))
      .sort((a, b) => b.p95 - a.p95);
    console.log(
      `bench load: ${open.summary.count} requests, p50 ${ms(open.summary.p50)}, p95 ${ms(open.summary.p95)}, p99 ${ms(open.summary.p99)}, ${open.summary.errors} errors`,
    );

    const closedLoopSteps: Step[] = [];
    for (const workers of settings.steps) {
      const step = await closedLoop(target, sessions, data, workers, settings.stepSeconds, watch);
      console.log(
        `bench load: closed loop, ${workers} workers: ${step.rps.toFixed(0)} req/s, p50 ${ms(step.p50)}, p95 ${ms(step.p95)}, ${step.errors} errors`,
      );
      closedLoopSteps.push(step);
    }
    for (const session of sessions) session.agent.destroy();
    const stdoutLines = server.stdoutLines();
    return {
      engine: `PostgreSQL ${version}`,
      server: server.command,
      poolSize: await poolSizeOf(url.toString()),
      seededMs,
      signInMs,
      accounts: Math.min(benchUsers, settings.users),
      openLoop: open.summary,
      byKind: open.byKind,
      closedLoop: closedLoopSteps,
      stdoutLines,
      serverTimes,
      backgroundBusy,
      totalMs: performance.now() - runStarted,
    };
  } finally {
    await cleanUp();
    process.removeListener("exit", killOnExit);
    process.removeListener("SIGINT", interrupted);
  }
}

// ---------------------------------------------------------------- the report

const cores = (value: number | null) => (value === null ? "–" : value.toFixed(2));
/** Server / PostgreSQL / client / whole machine, in cores. */
const cpuText = (cpu: Cpu) =>
  `${cores(cpu.server)} / ${cores(cpu.postgres)} / ${cores(cpu.client)} / ${cores(cpu.machine)}`;
const errorsText = (s: Summary) =>
  s.errors === 0
    ? "0"
    : `${s.errors} (${Object.entries(s.errorsBy)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", ")})`;

export const loadHeading = "## Load (HTTP, PostgreSQL)";

/** The section of bench-results.md, as lines. */
export function loadSection(result: LoadResult): string[] {
  if ("skipped" in result) return [loadHeading, "", `Skipped: ${result.skipped}.`, ""];
  const o = result.openLoop;
  const best = result.closedLoop.reduce<Step | undefined>((a, b) => (!a || b.rps > a.rps ? b : a), undefined);
  const withinTarget = result.closedLoop
    .filter((s) => s.errors === 0 && s.p95 <= targetP95Ms)
    .reduce<Step | undefined>((a, b) => (!a || b.rps > a.rps ? b : a), undefined);
  const met = o.errors === 0 && o.p95 <= targetP95Ms;
  return [
    loadHeading,
    "",
    `${new Date().toISOString().slice(0, 10)}, ${result.engine}, one server process (\`${result.server}\`, its pool of ${result.poolSize} connections), ` +
      `the load from a client process on the same machine (${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown"}; ${cores(result.backgroundBusy)} of its cores busy with other work just before), over HTTP with keep-alive ` +
      `and compression as a browser asks. Bench data: ${sizesText()}. ${settings.users} users signed in over HTTP ` +
      `(${result.accounts} accounts, sign-ins one after another: ${(result.signInMs / 1000).toFixed(1)} s); 5 s of warm-up, not timed.`,
    "",
    `Open loop: ${settings.users} users, each sending one request every ${settings.intervalMs / 1000} s (jittered start) ` +
      `for ${settings.seconds} s, on schedule whatever the answers: Planned work lists (page 1, other pages and sorts, filters), ` +
      "a work item's page (item, decision, involvements; a conference's agenda, details, bursaries and speaker diversity too), " +
      "People lists, the Dashboard figures and charts.",
    "",
    "| requests | achieved | p50 | p95 | p99 | max | errors | CPU cores: server / PostgreSQL / client / machine |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${o.count} | ${o.rate.toFixed(1)} req/s | ${ms(o.p50)} | ${ms(o.p95)} | ${ms(o.p99)} | ${ms(o.max)} | ${errorsText(o)} | ${cpuText(o.cpu)} |`,
    "",
    `${met ? "Meets" : "Misses"} the target (0 errors, p95 ≤ ${targetP95Ms} ms). The client sent at most ${ms(o.maxLagMs)} late. ` +
      `CPU is in cores (of ${cpus().length}): the server process, the PostgreSQL backends serving its database, this client, ` +
      "and the whole machine (the difference is other work on it).",
    "",
    "| calls of | requests | p50 | p95 | p99 | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...result.byKind.map(
      (k) => `| ${k.kind} | ${k.count} | ${ms(k.p50)} | ${ms(k.p95)} | ${ms(k.p99)} | ${errorsText(k)} |`,
    ),
    "",
    ...(result.serverTimes.length
      ? [
          "The same requests as the server timed them (its log lines: from routing to the answer, without the network), the slowest first:",
          "",
          "| route | requests | p50 | p95 | max |",
          "| --- | ---: | ---: | ---: | ---: |",
          ...result.serverTimes
            .slice(0, 8)
            .map((r) => `| ${r.route} | ${r.count} | ${r.p50} ms | ${r.p95} ms | ${r.max} ms |`),
          "",
        ]
      : []),
    `Closed loop: N workers, each sending the same mix back to back for ${settings.stepSeconds} s.`,
    "",
    "| workers | req/s | p50 | p95 | p99 | errors | CPU cores: server / PostgreSQL / client / machine |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.closedLoop.map(
      (s) =>
        `| ${s.workers} | ${s.rps.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${errorsText(s)} | ${cpuText(s.cpu)} |`,
    ),
    "",
    best
      ? `Maximum: ${best.rps.toFixed(0)} req/s (${best.workers} workers, p95 ${ms(best.p95)})` +
        (withinTarget
          ? `; ${withinTarget.rps.toFixed(0)} req/s with p95 ≤ ${targetP95Ms} ms (${withinTarget.workers} workers).`
          : ".")
      : "",
    "",
    `The server wrote ${result.stdoutLines.toLocaleString("en-GB")} log lines to stdout (${settings.stdout === "pipe" ? "piped to the bench and dropped" : "to /dev/null"}). ` +
      `Seeding took ${(result.seededMs / 1000).toFixed(1)} s; the whole load run ${(result.totalMs / 1000).toFixed(0)} s.`,
    "",
  ];
}

/** Puts the load section into bench-results.md: in place of the last one, or at the end. */
export function writeLoadSection(section: string[], file = "bench-results.md") {
  const text = section.join("\n");
  const before = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark\n\n";
  const at = before.indexOf(loadHeading);
  let after: string;
  if (at < 0) after = `${before.replace(/\n*$/, "\n\n")}${text}`;
  else {
    const next = before.indexOf("\n## ", at + loadHeading.length);
    after = before.slice(0, at) + text + (next < 0 ? "" : before.slice(next + 1));
  }
  writeFileSync(file, after);
}

/** Alone: `npx tsx scripts/bench-load.ts`. */
export async function mainLoadOnly() {
  const result = await runLoad();
  const section = loadSection(result);
  console.log(`\n${section.join("\n")}`);
  writeLoadSection(section);
  console.log("bench load: written to bench-results.md");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await mainLoadOnly();
