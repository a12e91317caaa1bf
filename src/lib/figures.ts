// Straight from shared: ./money also holds a form schema, and with it zod, which read-only pages do without.
import { formatPence } from "../shared/money-text";
import type { ChartTable, Headline } from "../shared/schemas/metrics";

type Unit = Headline["unit"];

const percentOneDecimal = new Intl.NumberFormat("en-GB", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percentUpToOneDecimal = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const points = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A fraction 0–1 as a percentage with one decimal: 0.4286 → "42.9%". */
export const formatShare = (fraction: number) => percentOneDecimal.format(fraction);

/** A figure in its unit: a share as a percentage, a count with thousands separators, pence as pounds. */
export function formatFigure(unit: Unit, value: number): string {
  if (unit === "share") return formatShare(value);
  if (unit === "pence") return formatPence(value);
  return wholeNumber.format(value);
}

/** A target without a needless ".0": "100%", "92.5%", "12". */
export const targetValue = (unit: Unit, target: number) =>
  unit === "share" ? percentUpToOneDecimal.format(target) : formatFigure(unit, target);

/** "Target: 100%", "Target: 92.5%", "Target: 12". */
export const formatTarget = (unit: Unit, target: number) => `Target: ${targetValue(unit, target)}`;

/** The big number on a card: the figure in its unit, or "—" when there is none (an empty period's share). */
export function displayValue(headline: Pick<Headline, "unit" | "value" | "detail">): {
  value: string;
  detail: string | null;
} {
  return {
    value: headline.value === null ? "—" : formatFigure(headline.unit, headline.value),
    detail: headline.detail,
  };
}

/**
 * The change against the previous period, in words: shares in percentage points
 * ("Up 4.2 points on April 2025 to March 2026"), counts and money in their unit
 * ("Down 3 on …", "Up £120.00 on …"), or "No change on …".
 */
export function changeText(headline: Pick<Headline, "unit" | "value" | "previous">, previousLabel?: string): string {
  const { unit, value, previous } = headline;
  // With no label (a table with a "previous" column) the change stands alone.
  const on = previousLabel ? ` on ${previousLabel}` : "";
  if (previous === null) return "No figure for the previous period";
  // Never compare a hidden figure: the difference would give it away.
  if (value === null) return "No figure for this period to compare";
  if (unit === "share") {
    // Compare what is shown: the two percentages as rounded on screen.
    const difference = Math.round(value * 1000) - Math.round(previous * 1000);
    if (difference === 0) return `No change${on}`;
    const size = points.format(Math.abs(difference) / 10);
    return `${difference > 0 ? "Up" : "Down"} ${size} ${size === "1.0" ? "point" : "points"}${on}`;
  }
  const difference = value - previous;
  if (difference === 0) return `No change${on}`;
  return `${difference > 0 ? "Up" : "Down"} ${formatFigure(unit, Math.abs(difference))}${on}`;
}

export const fewerThan = (threshold: number) => `fewer than ${threshold}`;

/** Is this empty cell a count hidden under the publication rule for equality figures (not just "no figure")? */
export const isSuppressedCell = (chart: Pick<ChartTable, "suppressedColumns">, column: string, value: unknown) =>
  value === null && chart.suppressedColumns.includes(column);

/** A chart cell as a table or CSV shows it: the value, "fewer than N" for a hidden count, else null. */
export function chartCellValue(
  chart: Pick<ChartTable, "suppressedColumns">,
  column: string,
  value: string | number | null | undefined,
  threshold: number,
): string | number | null {
  if (value !== null && value !== undefined) return value;
  return isSuppressedCell(chart, column, value ?? null) ? fewerThan(threshold) : null;
}
