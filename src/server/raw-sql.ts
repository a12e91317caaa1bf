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

/** SQLSTATE of a database error (drizzle wraps the driver's in `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
