import { z } from "zod";
import { isIsoDate, reportingDateBounds, reportingDateMessage } from "../choices";

/** A calendar date as `YYYY-MM-DD` that really exists (no 2025-02-30). */
export const isoDate = z
  .string({ error: "Enter a date" })
  .min(1, { message: "Enter a date", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date as YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "Enter a real date");

/**
 * A day a report or a chart counts from or to: years 1900 to 2100, so that the period before it
 * (as long again) is still a date the database holds.
 */
export const reportingDate = isoDate.refine(
  (value) => value >= reportingDateBounds.earliest && value <= reportingDateBounds.latest,
  reportingDateMessage,
);

export const id = z.uuid({ error: "Must be a valid id" });

/** The version a change was made from: a stale one is refused (409), never overwritten. */
export const versionLastRead = z.number({ error: "Send the version you last read" }).int().positive();

/** What the API adds to a stored record: its id, its version, and when it was made and last changed. */
export const storedFields = { id, version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

/** One of a fixed list, saying the list when the value is not on it. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Choose one of: ${values.join(", ")}` });

/** An amount of money in whole pence, named in its messages ("the fee"). */
export const pence = (label: string) =>
  z
    .number({ error: `Enter the ${label} as a whole number of pence` })
    .int(`Enter the ${label} as a whole number of pence`)
    .min(0, `The ${label} cannot be negative`)
    .max(2_000_000_000, `The ${label} is too large`);

/** Empty query-string values (`?kind=`) mean "no filter", not "invalid". */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    // Given twice (?page=1&page=2), a parameter arrives as a list: say that, not "must be a number".
    if (Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: "Give this parameter once", input: value });
      return z.NEVER;
    }
    return value === "" ? undefined : value;
  }, schema.optional());
}

/** A list's filter by a linked record ("work item", "person"). */
export const idParam = (what: string) => optionalParam(z.uuid({ error: `Must be a valid ${what} id` }));

const fieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldError>;

/** RFC 9457 problem details, as every error response carries them. */
export const problem = z.object({
  type: z.string().optional(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string(),
  errors: z.array(fieldError).optional(),
  /** A word a client can act on, where one helps: "timed_out", "throttled". */
  code: z.string().optional(),
});
export type Problem = z.infer<typeof problem>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** `page` (from 1) and `pageSize` (1–100) of every list, with the same messages everywhere. */
export const pagingParams = {
  page: optionalParam(
    z.coerce.number({ error: "Page must be a number" }).int("Page must be a whole number").min(1, "Page starts at 1"),
  ),
  pageSize: optionalParam(
    z.coerce
      .number({ error: "Page size must be a number" })
      .int("Page size must be a whole number")
      .min(1, "Page size must be at least 1")
      .max(100, "Page size must be 100 or fewer"),
  ),
};

/** A list's query: its filters, and the page and page size every list takes. */
export const listQuery = <S extends z.ZodRawShape>(filters: S) => z.object({ ...filters, ...pagingParams });
