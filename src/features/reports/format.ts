import { changeText as baseChangeText, chartCellValue, formatFigure, targetValue } from "../../lib/figures";
import type { ChartTable, Headline } from "../../shared/schemas/metrics";

/* How the annual report writes figures: the dashboard's wording, from src/lib/figures. */

/** A target without a needless ".0": "100%", "92.5%", "12"; none: "No target". */
export function targetText(headline: Pick<Headline, "unit" | "target">): string {
  return headline.target === null ? "No target" : targetValue(headline.unit, headline.target);
}

/** This period's value, or "—" when there is none. */
export const valueText = (headline: Pick<Headline, "unit" | "value">): string =>
  headline.value === null ? "—" : formatFigure(headline.unit, headline.value);

/** The detail printed beside the value ("12 of 18"). */
export const detailText = (headline: Pick<Headline, "detail">): string | null => headline.detail || null;

export function previousText(headline: Pick<Headline, "unit" | "previous">): string {
  return headline.previous === null ? "—" : formatFigure(headline.unit, headline.previous);
}

/** The change on the previous year, as the dashboard words it, without the period's name. */
export const changeText = (headline: Pick<Headline, "unit" | "value" | "previous">) => baseChangeText(headline);

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** One cell of a chart's table: "fewer than N" for a hidden count, "—" for no figure. */
export function chartCellText(
  chart: Pick<ChartTable, "suppressedColumns">,
  columnKey: string,
  value: string | number | null | undefined,
  threshold: number,
): string {
  const cell = chartCellValue(chart, columnKey, value, threshold);
  if (cell === null) return "—";
  return typeof cell === "number" ? number.format(cell) : cell;
}
