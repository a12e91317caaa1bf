import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach } from "vitest";
import { loadTemplate } from "../setup/template";

/**
 * Runs the real server (and the user:add command) as child processes, the way the npm
 * scripts start them: `node --import tsx src/server/main.ts`, one process (the `tsx`
 * launcher would add a parent that escalates signals to SIGKILL under load). Each child
 * gets its own process group, so a cleanup SIGKILL takes everything it started.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type Proc = {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<Exit>;
  /** A signal to the program itself. */
  signal: (signal: NodeJS.Signals) => void;
  /** A signal to the whole process group. */
  signalGroup: (signal: NodeJS.Signals) => void;
};

export type Server = Proc & { port: number; url: string; dataDir: string };

const running = new Set<Proc>();
const folders: string[] = [];

function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The children use the embedded database in their own DATA_DIR, whatever this shell says.
  for (const key of ["DATABASE_URL", "TEST_DATABASE_URL", "USER_PASSWORD", "PORT", "HOST", "DATA_DIR", "SEED"])
    delete env[key];
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

function run(args: string[], env: Record<string, string | undefined>): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env: baseEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const proc: Proc = {
    child,
    output: () => output,
    exited: new Promise((resolveExit) => {
      child.on("exit", (code, signal) => {
        running.delete(proc);
        resolveExit({ code, signal });
      });
    }),
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    signalGroup: (signal) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    },
  };
  running.add(proc);
  return proc;
}

/** Kills every child still running (the whole process group) and waits for it. */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...running].map(async (proc) => {
      proc.signalGroup("SIGKILL");
      await proc.exited;
    }),
  );
}

/** A temporary folder, removed after the test file. */
export function tempDir(prefix = "tracker-process-"): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

let seeded: string | undefined;

/**
 * A data folder holding the migrated demo database (demo accounts with cheap password
 * hashes, teams, work items), copied from the run's template: no initdb or scrypt seeding
 * per test. The server sees a non-empty database and seeds nothing.
 */
export async function seededDataDir(): Promise<string> {
  if (!seeded) {
    seeded = join(tempDir("tracker-seeded-"), "data");
    const client = await PGlite.create(seeded, { loadDataDir: await loadTemplate() });
    await client.close();
  }
  const dataDir = join(tempDir(), "data");
  cpSync(seeded, dataDir, { recursive: true });
  return dataDir;
}

export const lockPath = (dataDir: string) => join(dataDir, "tracker.lock");

export function readLock(dataDir: string): { pid: number } | null {
  return existsSync(lockPath(dataDir)) ? JSON.parse(readFileSync(lockPath(dataDir), "utf8")) : null;
}

/**
 * Starts the server; does not wait for it (see waitReady). Without a port it asks for
 * PORT=0 and learns the port the system gave from the server's "running at" line: no
 * window in which another process could take a port picked in advance.
 */
export function startServer(options: {
  dataDir: string;
  seed?: "demo" | "none";
  port?: number;
  /** PostgreSQL instead of the embedded database (then several servers may share it). */
  databaseUrl?: string;
}): Server {
  const proc = run(["src/server/main.ts"], {
    PORT: String(options.port ?? 0),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    SEED: options.seed,
    DATABASE_URL: options.databaseUrl,
  });
  return { ...proc, port: 0, url: "", dataDir: options.dataDir };
}

/**
 * Waits until the server says where it listens and /api/health answers there (and then
 * fills in server.port and server.url); fails with the server's output if it exits first.
 */
export async function waitReady(server: Server, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: Exit | undefined;
  void server.exited.then((e) => {
    exit = e;
  });
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The server exited (${JSON.stringify(exit)}) before it was ready:\n${server.output()}`);
    const url = /is running at (http:\/\/127\.0\.0\.1:(\d+))/.exec(server.output());
    if (url) {
      try {
        const response = await fetch(`${url[1]}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) {
          server.url = url[1] as string;
          server.port = Number(url[2]);
          return;
        }
      } catch {
        // not answering yet
      }
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The server was not ready after ${timeoutMs} ms:\n${server.output()}`);
}

export async function startReady(options: Parameters<typeof startServer>[0]): Promise<Server> {
  const server = startServer(options);
  await waitReady(server);
  return server;
}

/** Runs `npm run user:add` (node --import tsx, as the script does) to completion. */
export async function userAdd(
  args: string[],
  env: { DATA_DIR: string; USER_PASSWORD?: string },
): Promise<Exit & { output: string }> {
  const proc = run(["src/server/cli/user-add.ts", ...args], env);
  const exit = await proc.exited;
  return { ...exit, output: proc.output() };
}

/**
 * Runs `npm run backup` or `npm run restore` (node --import tsx, as the scripts do) to
 * completion: on the embedded database in DATA_DIR, or on PostgreSQL when DATABASE_URL is given.
 */
export async function backupCli(
  command: "backup" | "restore",
  args: string[],
  env: { DATA_DIR: string; DATABASE_URL?: string },
): Promise<Exit & { output: string }> {
  const proc = run([`src/server/cli/${command}.ts`, ...args], env);
  const exit = await proc.exited;
  return { ...exit, output: proc.output() };
}

/** An HTTP client holding the cookies a sign-in sets. */
export type HttpClient = {
  request: (method: string, path: string, body?: unknown) => Promise<Response>;
  get: (path: string) => Promise<Response>;
  /** The session cookie, to use the same session on another server. */
  cookie: string;
};

export async function signIn(url: string, email: string, password: string): Promise<HttpClient> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return clientWith(url, cookie);
}

/** A client of the server at url sending this cookie (a session made on another server, say). */
export function clientWith(url: string, cookie: string): HttpClient {
  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  return { request, get: (path) => request("GET", path), cookie };
}

/** In every file that uses the harness: no child outlives its test, no folder its file. */
export function cleanUpAfterEach(): void {
  afterEach(killAll, 30_000);
  afterAll(async () => {
    await killAll();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    seeded = undefined;
  }, 30_000);
}

/** Waits until no process has this pid (the kernel has reaped it). */
export async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Process ${pid} still exists after ${timeoutMs} ms`);
}

/** The first work item of Planned work as the client sees it (the seeded data has some). */
export async function firstWorkItem(client: HttpClient): Promise<{ id: string; title: string; version: number }> {
  const [item] = (await (await client.get("/api/work-items")).json()).items as {
    id: string;
    title: string;
    version: number;
  }[];
  if (!item) throw new Error("the seeded database has no work items");
  return item;
}

/** A valid work item body (see tests/api/helpers.ts), led by the signed-in user. */
export async function newItem(client: HttpClient, overrides: Record<string, unknown> = {}) {
  const teams = (await (await client.get("/api/teams")).json()).items as { id: string }[];
  const me = (await (await client.get("/api/auth/me")).json()).user as { id: string };
  return {
    title: "Carers' voices roundtable",
    kind: "event",
    teamId: teams[0]?.id,
    leadId: me.id,
    startDate: "2026-05-01",
    endDate: "2026-05-02",
    status: "planned",
    summary: "A roundtable with carers on respite services.",
    ...overrides,
  };
}
