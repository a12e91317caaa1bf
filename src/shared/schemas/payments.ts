import { z } from "zod";
import { isoDate, optionalParam } from "./common";

/**
 * The payments file's query: payments falling due in a range of days, both ends optional and
 * included; `from` and `to` as every other list and export names a date range.
 */
export const paymentsQuery = z.object({
  /** Due on or after this day (YYYY-MM-DD). */
  from: optionalParam(isoDate),
  /** Due on or before this day (YYYY-MM-DD). */
  to: optionalParam(isoDate),
});
export type PaymentsQuery = z.infer<typeof paymentsQuery>;
