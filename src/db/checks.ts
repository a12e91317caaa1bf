import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * `column in ('a','b',...)` for a CHECK constraint, the list taken from one of the shared enum
 * arrays, so the database and the zod schemas cannot drift apart.
 *
 * A constraint cannot take bound parameters, so the values are inlined as string literals,
 * quoted by drizzle's own escaping (`'` doubled). The rendering (no space after the commas) is
 * the one the committed migrations were generated from: changing it would make drizzle-kit
 * drop and re-add every such constraint.
 */
export const oneOf = (column: AnyColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.join(
    values.map((value) => sql`${value}`),
    sql`,`,
  )})`.inlineParams();

/** `column <@ array['a','b',...]::text[]` for a CHECK: every value of an array column is one of `values`. */
export const allOf = (column: AnyColumn, values: readonly string[]): SQL =>
  sql`${column} <@ array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`,`,
  )}]::text[]`.inlineParams();
