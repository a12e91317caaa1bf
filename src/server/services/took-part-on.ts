import { type SQL, sql } from "drizzle-orm";

/**
 * The day someone took part, in SQL: the involvement's end date, else its start date, else its
 * work item's end, else its start (a speaker at a one-day conference often has no dates of their
 * own). One rule for the Dashboard's paid-within-30-days, Needs attention's "unpaid" and the
 * payments file's due date, as `tookPartOn` in shared/attention-rules.ts is for the browser. (A
 * person's "last involvement" counts every involvement, taken part in or not, by its own dates only.)
 * The aliases are fixed words, never input, so they are written into the SQL as they are.
 */
export const tookPartOnSql = (involvement: "i", workItem: "w" | "work_items"): SQL =>
  sql.raw(`coalesce(${involvement}.end_date, ${involvement}.start_date, ${workItem}.end_date, ${workItem}.start_date)`);
