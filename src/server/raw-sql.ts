import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database";

/** The rows of a hand-written query, typed by the caller (the columns it selects). */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  // Both drivers answer { rows }; drizzle types the raw result as unknown.
  return (result as unknown as { rows: T[] }).rows;
}

/** Values as a parameter list for `in (…)` or `array[…]`. */
export const sqlList = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
