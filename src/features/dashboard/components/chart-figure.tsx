/**
 * A dashboard chart's drawing, with recharts. Loaded on demand (chart-view.tsx) once a chart
 * comes into view, so recharts is never part of the page's first load: import this module
 * only through import().
 */
import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartTable } from "../../../shared/schemas/metrics";
import {
  barLabel,
  type ChartRow,
  type ChartSpec,
  cellText,
  chartLabel,
  chartSpecOf,
  plotHeightOf,
  seriesOf,
} from "../charts";

type ChartFigureProps = {
  chart: ChartTable;
  threshold: number;
  /** Clicking a bar (a row's segment for a column); charts without a list behind them leave it out. */
  onSelect?: (row: ChartRow, column: string) => void;
};

/** One plotted point: the row's name, its numbers (0 in place of an empty cell), and what an empty cell reads as. */
type Datum = { name: string; index: number } & Record<string, string | number | undefined>;

const ink = "#1b1f24";
const inkMuted = "#4a5360";
const line = "#c9d0d8";
const fallbackWidth = 640;
const noteKey = (column: string) => `note_${column}`;
const textKey = (column: string) => `text_${column}`;
const labelKey = (column: string) => `label_${column}`;

/** The width the figure has to fill, followed as it changes (jsdom has no layout: a fixed width there). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width) || fallbackWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Animate only for people who have not asked for less motion (and never in jsdom, which has no matchMedia). */
const animate = () =>
  typeof window !== "undefined" &&
  typeof window.matchMedia === "function" &&
  !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function dataOf(chart: ChartTable, spec: ChartSpec, threshold: number, keepGaps: boolean): Datum[] {
  const nameKey = chart.columns[0]?.key ?? "";
  return chart.rows.map((row, index) => {
    const datum: Datum = { name: String(row[nameKey] ?? ""), index };
    for (const column of spec.series) {
      const value = row[column];
      const text = cellText(chart, column, value, threshold);
      datum[textKey(column)] = text;
      if (typeof value === "number") {
        datum[column] = value;
        datum[labelKey(column)] = barLabel(chart, row, column, threshold);
      } else {
        // No bar for an empty cell, whatever lies behind it: a label says what it is instead.
        datum[column] = keepGaps ? undefined : 0;
        datum[noteKey(column)] = text;
      }
    }
    return datum;
  });
}

/**
 * A bar, or for an empty cell no bar at all but what the cell reads as ("fewer than 5"),
 * written where the bar would start.
 */
function drawBarOrNote(column: string, props: BarShapeProps) {
  const note = (props.payload as Datum | undefined)?.[noteKey(column)];
  if (typeof note !== "string") return <Rectangle {...props} />;
  return (
    <text x={props.x + 4} y={props.y + props.height / 2} dominantBaseline="central" fill={ink} fontSize={12}>
      {note}
    </text>
  );
}

export function ChartPlot({ chart, threshold, onSelect }: ChartFigureProps) {
  const spec = chartSpecOf(chart);
  const { ref, width } = useWidth();
  const series = seriesOf(chart);
  const height = plotHeightOf(chart);
  const data = dataOf(chart, spec, threshold, spec.type === "line");
  const isAnimationActive = animate();
  const tickFormatter = spec.percent ? (value: number) => `${value}%` : undefined;
  const domain: [number, number | "auto"] = spec.percent ? [0, 100] : [0, "auto"];
  const tooltip = (
    <Tooltip
      formatter={(_value, name, item) => {
        const key = series.find((s) => s.label === name)?.key ?? String(item.dataKey);
        return [String(item.payload?.[textKey(key)] ?? ""), name];
      }}
    />
  );
  const common = {
    width,
    accessibilityLayer: false,
    role: "img",
    "aria-label": chartLabel(chart),
  } as const;

  let figure: ReactNode = null;
  if (width > 0 && spec.type === "line") {
    figure = (
      <LineChart {...common} height={height} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={line} vertical={false} />
        <XAxis dataKey="name" tick={{ fill: inkMuted }} stroke={inkMuted} />
        <YAxis
          domain={domain}
          tickFormatter={tickFormatter}
          tick={{ fill: inkMuted }}
          stroke={inkMuted}
          allowDecimals={false}
        />
        {tooltip}
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={3}
            strokeDasharray={s.dashed ? "8 4" : undefined}
            dot={{ r: 4, fill: s.colour, stroke: s.colour }}
            isAnimationActive={isAnimationActive}
          />
        ))}
      </LineChart>
    );
  } else if (width > 0) {
    // Bars run across the chart, one row per category: long names stay readable on a phone.
    const stacked = spec.type === "stacked";
    const axisWidth = Math.min(180, Math.round(width * 0.35));
    figure = (
      <BarChart
        {...common}
        height={height}
        data={data}
        layout="vertical"
        // Room on the right for the number beside the longest bar.
        margin={{ top: 8, right: stacked ? 24 : 112, bottom: 8, left: 8 }}
        barGap={2}
      >
        <CartesianGrid stroke={line} horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          tickFormatter={tickFormatter}
          tick={{ fill: inkMuted }}
          stroke={inkMuted}
          allowDecimals={spec.percent}
        />
        <YAxis type="category" dataKey="name" width={axisWidth} tick={{ fill: ink }} stroke={inkMuted} />
        {tooltip}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.colour}
            stackId={stacked ? "stack" : undefined}
            // A white edge keeps touching segments apart whatever their colours.
            stroke="#ffffff"
            strokeWidth={stacked ? 1 : 0}
            isAnimationActive={isAnimationActive}
            cursor={onSelect ? "pointer" : undefined}
            onClick={
              onSelect
                ? (item) => {
                    const row = chart.rows[Number((item.payload as Datum | undefined)?.index)];
                    if (row) onSelect(row, s.key);
                  }
                : undefined
            }
            shape={stacked ? undefined : (props: BarShapeProps) => drawBarOrNote(s.key, props)}
          >
            {/* Each bar says its number, so the chart reads without the table (stacked segments are too thin). */}
            {stacked ? null : <LabelList dataKey={labelKey(s.key)} position="right" fill={ink} fontSize={12} />}
          </Bar>
        ))}
      </BarChart>
    );
  }

  return (
    <div ref={ref} className="chart-figure__drawing">
      {figure}
    </div>
  );
}
