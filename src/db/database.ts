import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/**
 * The one database type the API is written against: drizzle over PGlite (embedded,
 * tests, browser demo) or node-postgres (PostgreSQL). Same schema, same SQL.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A database handle together with the way to close it. */
export type OpenDatabase = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
  /** The embedded database only: a consistent backup of the open data folder (see backup-pglite.ts). */
  dumpDataDir?: () => Promise<Blob>;
};
