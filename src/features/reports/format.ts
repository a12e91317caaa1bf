import { changeText as baseChangeText, chartCellValue, formatFigure, targetValue } from "../../lib/figures";
import type { ChartTable, Headline } from "../../shared/schemas/metrics";

/* How the annual report writes figures: the dashboard's wording, from src/lib/figures. */

/** A target without a needless ".0": "100%", "92.5%", "12"; none: "No target". */
export function targetText(headline: Pick<Headline, "unit" | "target">): string {
  return headline.target === null ? "No target" : targetValue(headline.unit, headline.target);
}

/** This period's value; a hidden small count is "fewer than N" (as the API's detail says), else "—". */
export function valueText(headline: Pick<Headline, "unit" | "value" | "detail">): string {
  if (headline.value !== null) return formatFigure(headline.unit, headline.value);
  return headline.detail?.match(/fewer than \d+/i)?.[0] ?? "—";
}

/** The detail worth printing beside the value ("12 of 18"), unless it only repeats "fewer than N". */
export function detailText(headline: Pick<Headline, "value" | "detail">): string | null {
  if (!headline.detail) return null;
  if (headline.value === null && /^fewer than \d+$/i.test(headline.detail.trim())) return null;
  return headline.detail;
}

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
