import type { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { Db } from "./database";
import * as schema from "./schema";

/** Drizzle over a PGlite instance; usable in Node and in the browser. */
export function drizzlePglite(client: PGlite): Db {
  return drizzle({ client, schema }) as unknown as Db;
}
