import { closeSync, openSync, readSync } from "node:fs";

/**
 * What backup and restore share for both databases: the expected failure (a message for
 * the person at the terminal, no stack trace), what a backup file is, and how much a
 * database holds (the test for "not empty").
 */
export class BackupError extends Error {}

/**
 * What a file looks like from its first bytes: pg_dump's custom format starts "PGDMP";
 * PGlite's dumpDataDir("gzip") is a gzip stream (1f 8b) holding a tar of the data folder.
 */
export type FileKind = "pg_dump" | "gzip" | "tar" | "sql" | "unknown";

export function fileKind(path: string): FileKind {
  const head = Buffer.alloc(512);
  const fd = openSync(path, "r");
  let length: number;
  try {
    length = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (length === 512 && head.subarray(257, 262).toString("latin1") === "ustar") return "tar";
  // pg_dump's plain format: a script starting with a comment or a SET.
  if (/^(--|SET |\\restrict)/.test(head.subarray(0, 16).toString("utf8"))) return "sql";
  return "unknown";
}

/** Why a file of this kind cannot go into PostgreSQL, or into the embedded database. */
export function wrongKind(file: string, kind: FileKind, target: "postgres" | "pglite"): string {
  if (target === "postgres") {
    if (kind === "gzip")
      return `${file} is a backup of the embedded database (PGlite), but DATABASE_URL points at PostgreSQL. Unset DATABASE_URL to restore it into DATA_DIR.`;
    if (kind === "tar")
      return `${file} is a tar file, not a custom-format pg_dump as npm run backup makes for PostgreSQL (a backup of the embedded database goes in with DATABASE_URL unset).`;
    if (kind === "sql") return `${file} is an SQL script, not a custom-format pg_dump: restore it with psql instead.`;
    return `${file} is not a PostgreSQL backup (a custom-format pg_dump, as npm run backup makes, starts with "PGDMP").`;
  }
  if (kind === "pg_dump")
    return `${file} is a PostgreSQL backup (pg_dump), but DATABASE_URL is not set, so the target is the embedded database. Set DATABASE_URL to restore it into PostgreSQL.`;
  return `${file} is not a backup of the embedded database (npm run backup makes a gzip file of the PGlite data folder).`;
}

/** Rows in the tables that make a database "in use"; a table that does not exist counts 0. */
export type RowCounts = { users: number; people: number; workItems: number };

const countedTables = { users: "users", people: "people", workItems: "work_items" } as const;

/** Counts with any SQL runner (PGlite or node-postgres), without failing on a database that was never migrated. */
export async function countRows(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<RowCounts> {
  const counts: RowCounts = { users: 0, people: 0, workItems: 0 };
  for (const [key, table] of Object.entries(countedTables) as [keyof RowCounts, string][]) {
    const [exists] = await query(`select to_regclass('public.${table}') is not null as found`);
    if (!exists?.found) continue;
    const [row] = await query(`select count(*)::int as n from public.${table}`);
    counts[key] = Number(row?.n ?? 0);
  }
  return counts;
}

export const isEmpty = (counts: RowCounts) => counts.users + counts.people + counts.workItems === 0;

export function describeCounts(counts: RowCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    plural(counts.users, "user", "users"),
    plural(counts.people, "person", "people"),
    plural(counts.workItems, "work item", "work items"),
  ].join(", ");
}

export function formatSize(bytes: number): string {
  return bytes < 100_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A time for file names: 2026-11-30T14-05-09Z (no colons, which some systems refuse). */
export function fileStamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}
