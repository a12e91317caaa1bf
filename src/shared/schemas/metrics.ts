import { z } from "zod";
import { isoDate, optionalParam, reportingDate } from "./common";
import { workItemKind } from "./work-items";

/**
 * The dashboard's filters, the same in the page's URL and the API's query: a reporting
 * year (April to March, by the year it starts) or one quarter of it (1 = April–June), or
 * a custom range; a team; a kind of work. Work is counted in a period by its start date.
 */
export const dashboardQuery = z
  .object({
    year: optionalParam(
      z.coerce
        .number({ error: "Year must be a number" })
        .int("Year must be a whole number")
        .min(2000, "Year must be from 2000 to 2100")
        .max(2100, "Year must be from 2000 to 2100"),
    ),
    quarter: optionalParam(z.coerce.number({ error: "Quarter must be 1 to 4" }).int().min(1).max(4)),
    from: optionalParam(reportingDate),
    to: optionalParam(reportingDate),
    teamId: optionalParam(z.uuid({ error: "Must be a valid team id" })),
    kind: optionalParam(workItemKind),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end of the range must be on or after its start" });
  });
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const period = z.object({ from: isoDate, to: isoDate, label: z.string() });
export type Period = z.infer<typeof period>;

/** One headline figure: its value now, its target where there is one, and the previous period's. */
export const headline = z.object({
  key: z.string(),
  label: z.string(),
  /** share: a fraction 0–1; count: a whole number; pence: money. */
  unit: z.enum(["share", "count", "pence"]),
  value: z.number().nullable(),
  /** Shown with the value where it helps ("12 of 18"). */
  detail: z.string().nullable(),
  target: z.number().nullable(),
  previous: z.number().nullable(),
  /** One line: what is counted. */
  definition: z.string(),
});
export type Headline = z.infer<typeof headline>;

export const dashboard = z.object({
  period,
  previousPeriod: period,
  headlines: z.array(headline),
  /** Admin only: people whose retention review date has passed (not erased), whatever the period. */
  retentionDue: z.number().int().optional(),
});
export type Dashboard = z.infer<typeof dashboard>;

/** One chart's numbers: what its table view shows and its CSV download holds. */
const chartTable = z.object({
  key: z.string(),
  title: z.string(),
  /** One line: what is counted. */
  definition: z.string(),
  /** Column headings; the first column names the row. */
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Cells keyed by column; null means not shown (small-number suppression). */
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  /** Whether the chart is made from equality-monitoring answers (rounded, small counts suppressed). */
  suppressed: z.boolean(),
  /** Under an equality figure: how its numbers were made safe to publish. */
  note: z.string().optional(),
  /** The columns whose null cells are suppressed counts ("fewer than N"); elsewhere null means no figure. */
  suppressedColumns: z.array(z.string()),
});
export type ChartTable = z.infer<typeof chartTable>;

export const dashboardCharts = z.object({
  period,
  threshold: z.number().int(),
  /** Equality figures are rounded to the nearest multiple of this (1: not rounded). */
  roundingBase: z.number().int(),
  charts: z.array(chartTable),
});
export type DashboardCharts = z.infer<typeof dashboardCharts>;
