import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, delimiter, join } from "node:path";
import pg from "pg";
import { BackupError, countRows, type RowCounts } from "./backup-common";

/**
 * Backup and restore of PostgreSQL with its own tools: pg_dump --format=custom and
 * pg_restore. The connection comes from DATABASE_URL through libpq's environment
 * variables (PGPASSWORD and the rest), so no password appears on a command line.
 */

/** DATABASE_URL as it may be shown: with its password masked. */
export function maskUrl(url: string): string {
  if (!URL.canParse(url)) return "DATABASE_URL (not a valid URL)";
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "***");
  return parsed.toString();
}

/** URL parameters libpq also reads from the environment. */
const parameterEnv: Record<string, string> = {
  host: "PGHOST",
  hostaddr: "PGHOSTADDR",
  port: "PGPORT",
  user: "PGUSER",
  password: "PGPASSWORD",
  dbname: "PGDATABASE",
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  sslcrl: "PGSSLCRL",
  application_name: "PGAPPNAME",
  connect_timeout: "PGCONNECT_TIMEOUT",
  options: "PGOPTIONS",
  target_session_attrs: "PGTARGETSESSIONATTRS",
};

/** libpq's environment for a postgres:// URL. */
export function libpqEnv(url: string): Record<string, string> {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || !["postgres:", "postgresql:"].includes(parsed.protocol))
    throw new BackupError(`DATABASE_URL must be a postgres:// URL, not ${maskUrl(url)}.`);
  const env: Record<string, string> = {};
  if (parsed.hostname) env.PGHOST = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  if (parsed.port) env.PGPORT = parsed.port;
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  if (parsed.pathname.length > 1) env.PGDATABASE = decodeURIComponent(parsed.pathname.slice(1));
  for (const [key, value] of parsed.searchParams) {
    const name = parameterEnv[key];
    if (!name)
      throw new BackupError(
        `DATABASE_URL has the parameter "${key}", which cannot be passed on to pg_dump and pg_restore: remove it, or run them yourself.`,
      );
    env[name] = value;
  }
  return env;
}

/** On PATH, else Debian's versioned folders, newest first (pg_dump must be at least the server's version). */
export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  for (const dir of [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), ...versions]) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  throw new BackupError(
    `${name} was not found on PATH or in /usr/lib/postgresql/*/bin: install PostgreSQL's client programs (on Debian: apt-get install postgresql-client).`,
  );
}

/** Runs a PostgreSQL tool; on failure, its own error lines (never the environment) become the message. */
function run(tool: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(new BackupError(`Cannot run ${tool}: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const lines = stderr.trim().split("\n");
      const errors = lines.filter((line) => /error:|FATAL|ERROR/.test(line));
      const reason = (errors.length > 0 ? errors : lines).slice(0, 3).join(" / ") || `exit ${code ?? signal}`;
      reject(new BackupError(`${basename(tool)} failed: ${reason}`));
    });
  });
}

export function pgDump(url: string, file: string): Promise<void> {
  return run(findPgTool("pg_dump"), ["--format=custom", "--no-password", `--file=${file}`], libpqEnv(url));
}

/** A libpq connection string holding only a database name (pg_restore needs --dbname to restore into one). */
function dbnameOnly(env: Record<string, string>): string {
  const name = env.PGDATABASE ?? process.env.PGDATABASE ?? env.PGUSER ?? process.env.PGUSER ?? userInfo().username;
  return `dbname='${name.replace(/['\\]/g, "\\$&")}'`;
}

/**
 * Restores a custom-format dump into the database, all or nothing (one transaction). --clean
 * drops the objects the dump holds before making them again: DROP TABLE passes the audit log's
 * append-only trigger, which refuses UPDATE, DELETE and TRUNCATE only.
 */
export function pgRestore(url: string, file: string): Promise<void> {
  const env = libpqEnv(url);
  const args = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--no-password"];
  return run(findPgTool("pg_restore"), [...args, `--dbname=${dbnameOnly(env)}`, file], env);
}

export async function countPgRows(url: string): Promise<RowCounts> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to ${maskUrl(url)}: ${error instanceof Error ? error.message : error}`);
  }
  try {
    return await countRows(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}
