import { chartCellValue, fewerThan, isSuppressedCell } from "../../lib/figures";
import { saveFile } from "../../lib/save-file";
import { planFilters, type WorkItemKind, workItemKindLabels, workItemKinds } from "../../shared/choices";
/**
 * What the dashboard's charts share without drawing anything: how each chart is drawn,
 * what a cell reads as in the table and the CSV, the colours, and the CSV download.
 * No recharts here: this module is part of the page's first load.
 */
import { type CsvValue, toCsv } from "../../shared/csv";
import type { ChartTable, Period } from "../../shared/schemas/metrics";

export type ChartRow = ChartTable["rows"][number];

/**
 * How a chart is drawn: stacked bars, a line per series, or bars (grouped when there is more
 * than one series). series: the columns drawn; percent: the values are percentages (0–100).
 */
export type ChartSpec = { type: "stacked" | "line" | "bars"; series: string[]; percent: boolean };

const specs: Record<string, Omit<ChartSpec, "series"> & { series?: string[] }> = {
  "level-by-kind": { type: "stacked", percent: false },
  "coverage-by-quarter": { type: "line", series: ["decided", "involve"], percent: true },
  "speaker-diversity": { type: "bars", series: ["share", "census"], percent: true },
  "top-contributors": { type: "bars", series: ["share"], percent: true },
};

/** The chart for a table: known charts as designed; any other, simple bars of its first figure. */
export function chartSpecOf(chart: Pick<ChartTable, "key" | "columns">): ChartSpec {
  const valueColumns = chart.columns.slice(1).map((column) => column.key);
  const spec = specs[chart.key];
  if (!spec) return { type: "bars", series: valueColumns.slice(0, 1), percent: false };
  return { ...spec, series: spec.series ?? valueColumns };
}

/**
 * The drawing's height in pixels: known before recharts loads, so the space a chart will take is
 * kept for it while it waits to be drawn (nothing below moves when it arrives). Line charts have a
 * fixed height; bars run across, one band per row.
 */
export function plotHeightOf(chart: Pick<ChartTable, "key" | "columns" | "rows">): number {
  const spec = chartSpecOf(chart);
  if (spec.type === "line") return 280;
  const band = spec.type === "stacked" ? 40 : 16 + spec.series.length * 18;
  return Math.max(160, chart.rows.length * band + 48);
}

/** Is this empty cell a count of people held back by small-number suppression? (The API says which columns.) */
export const isSuppressed = isSuppressedCell;
export { fewerThan };

/** What the CSV holds for a cell: the number, the row's name, "fewer than N" for a hidden count, else blank. */
function csvValueOf(
  chart: ChartTable,
  column: string,
  value: ChartRow[string] | undefined,
  threshold: number,
): CsvValue {
  return chartCellValue(chart, column, value, threshold);
}

/** What the table shows for a cell: as the CSV, with "—" where there is no figure. */
export function cellText(
  chart: ChartTable,
  column: string,
  value: ChartRow[string] | undefined,
  threshold: number,
): string {
  const csv = csvValueOf(chart, column, value, threshold);
  return csv === null || csv === undefined ? "—" : String(csv);
}

/**
 * The number written beside a bar: its cell as the table shows it (with % on percentages), and
 * for a share of speakers the count it comes from, "20 (about 22%)", so the chart shows the counts too.
 */
export function barLabel(chart: ChartTable, row: ChartRow, column: string, threshold: number): string {
  const text = cellText(chart, column, row[column], threshold);
  const percent = chartSpecOf(chart).percent && typeof row[column] === "number" ? `${text}%` : text;
  if (chart.key === "speaker-diversity" && column === "share") {
    return `${cellText(chart, "speakers", row.speakers, threshold)} (about ${Math.round(Number(row.share))}%)`;
  }
  return percent;
}

/** The chart's numbers as CSV: the column labels, then one line per row, exactly as the table shows them. */
function chartCsv(chart: ChartTable, threshold: number): string {
  return toCsv(
    chart.columns.map((column) => column.label),
    chart.rows.map((row) => chart.columns.map((column) => csvValueOf(chart, column.key, row[column.key], threshold))),
  );
}

const chartFileName = (chart: Pick<ChartTable, "key">, period: Pick<Period, "from" | "to">) =>
  `${chart.key}-${period.from}-${period.to}.csv`;

/** Saves the chart's CSV: built here from the numbers on screen, so it always matches the table. */
export function downloadChartCsv(chart: ChartTable, threshold: number, period: Pick<Period, "from" | "to">) {
  saveFile(new Blob([chartCsv(chart, threshold)], { type: "text/csv;charset=utf-8" }), chartFileName(chart, period));
}

const chartTypeNames: Record<ChartSpec["type"], string> = {
  stacked: "Stacked bar chart",
  line: "Line chart",
  bars: "Bar chart",
};

/** The chart's accessible name: what it is, and where the numbers are. */
export const chartLabel = (chart: Pick<ChartTable, "key" | "columns" | "title">) =>
  `${chartTypeNames[chartSpecOf(chart).type]}: ${chart.title}. Switch to the table for the numbers.`;

/**
 * Series colours, in order: each at least 3:1 against white (WCAG 1.4.11), told apart by the
 * legend and the table as well as by colour. The last is grey, for "Undecided".
 */
const seriesColours = ["#0072b2", "#d55e00", "#1e7b4f", "#7b5ea7", "#9c6500", "#ad1457"] as const;
const neutralColour = "#5f6b7a";

export function colourOf(columnKey: string, index: number): string {
  if (columnKey === "undecided") return neutralColour;
  return seriesColours[index % seriesColours.length] ?? neutralColour;
}

/** What a chart draws, one entry per series: its column, its name in the legend, its colour and line style. */
export function seriesOf(chart: Pick<ChartTable, "key" | "columns">) {
  const spec = chartSpecOf(chart);
  const labels = new Map(chart.columns.map((column) => [column.key, column.label]));
  return spec.series.map((key, index) => ({
    key,
    label: labels.get(key) ?? key,
    colour: colourOf(key, index),
    dashed: spec.type === "line" && index % 2 === 1,
  }));
}

/** The kind of work behind a row of the level-by-kind chart (the API names it by its label). */
export function kindOfLabel(label: unknown): WorkItemKind | undefined {
  return workItemKinds.find((kind) => workItemKindLabels[kind] === label);
}

export type PlanFilter = (typeof planFilters)[number];

/** A level column of the level-by-kind chart as the work-item list's plan= filter. */
export function planOf(columnKey: string): PlanFilter | undefined {
  return planFilters.find((plan) => plan === columnKey);
}
