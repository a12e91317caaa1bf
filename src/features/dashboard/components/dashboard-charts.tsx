import { Link, useNavigate } from "@tanstack/react-router";
import { useId, useRef, useState } from "react";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import type { DashboardCharts as Charts, ChartTable } from "../../../shared/schemas/metrics";
import {
  type ChartRow,
  cellText,
  downloadChartCsv,
  fewerThan,
  isSuppressed,
  kindOfLabel,
  type PlanFilter,
  planOf,
} from "../charts";
import type { DashboardSearch } from "../list-search";
import { ChartView, useDrawWhenSeen } from "./chart-view";

type Props = {
  charts: Charts;
  /** The team chosen on the dashboard, carried into the lists the charts link to. */
  filters: Pick<DashboardSearch, "teamId">;
};

/** The dashboard's charts, each with its table of numbers one click away and a CSV of them. */
export function DashboardCharts({ charts, filters }: Props) {
  return (
    <div className="dashboard-charts">
      {charts.charts.map((chart) => (
        <ChartSection
          key={chart.key}
          chart={chart}
          threshold={charts.threshold}
          period={charts.period}
          teamId={filters.teamId}
        />
      ))}
    </div>
  );
}

/** Where a cell of the level-by-kind chart leads: that kind of work, at that level (or undecided), in the period. */
type ListLink = { kind: NonNullable<DashboardSearch["kind"]>; plan: PlanFilter; from: string; to: string };

function listLinkOf(chart: ChartTable, row: ChartRow, column: string, period: Charts["period"]): ListLink | undefined {
  if (chart.key !== "level-by-kind") return undefined;
  const kind = kindOfLabel(row[chart.columns[0]?.key ?? ""]);
  const plan = planOf(column);
  return kind && plan ? { kind, plan, from: period.from, to: period.to } : undefined;
}

function ChartSection({
  chart,
  threshold,
  period,
  teamId,
}: {
  chart: ChartTable;
  threshold: number;
  period: Charts["period"];
  teamId: string | undefined;
}) {
  const id = useId();
  const [view, setView] = useState<"chart" | "table">("chart");
  // Watched whichever view is shown, so a chart drawn once stays drawn when the table is shown and hidden.
  const sectionRef = useRef<HTMLElement>(null);
  const draw = useDrawWhenSeen(sectionRef);
  const navigate = useNavigate();
  const linksTo = (row: ChartRow, column: string) => listLinkOf(chart, row, column, period);
  const onSelect =
    chart.key === "level-by-kind"
      ? (row: ChartRow, column: string) => {
          const link = linksTo(row, column);
          if (link) void navigate({ to: "/work-items", search: { ...link, teamId } });
        }
      : undefined;
  const hasSuppressed = chart.rows.some((row) =>
    chart.columns.some((column) => isSuppressed(chart, column.key, row[column.key] ?? null)),
  );

  return (
    <section ref={sectionRef} className="chart-card" aria-labelledby={`${id}-title`}>
      <div className="chart-card__header">
        <div>
          <h2 id={`${id}-title`} className="chart-card__title">
            {chart.title}
          </h2>
          <p className="chart-card__definition">{chart.definition}</p>
        </div>
        <div className="chart-card__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setView(view === "chart" ? "table" : "chart")}
          >
            {view === "chart" ? "Show table" : "Show chart"}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadChartCsv(chart, threshold, period)}
          >
            Download CSV
          </button>
        </div>
      </div>
      {view === "chart" ? (
        <ChartView
          chart={chart}
          threshold={threshold}
          draw={draw}
          onSelect={onSelect}
          table={<ChartTableView chart={chart} threshold={threshold} teamId={teamId} linksTo={linksTo} />}
        />
      ) : (
        <ChartTableView chart={chart} threshold={threshold} teamId={teamId} linksTo={linksTo} />
      )}
      {chart.note ? (
        <p className="chart-card__note">
          {chart.note}
          {hasSuppressed ? ` No bar is drawn for a count shown as “${fewerThan(threshold)}”.` : ""}
        </p>
      ) : null}
    </section>
  );
}

function ChartTableView({
  chart,
  threshold,
  teamId,
  linksTo,
}: {
  chart: ChartTable;
  threshold: number;
  teamId: string | undefined;
  linksTo: (row: ChartRow, column: string) => ListLink | undefined;
}) {
  const [first, ...rest] = chart.columns;
  if (!first) return null;
  return (
    <ScrollRegion label={chart.title} className="chart-card__table">
      <table className="data-table">
        <caption className="visually-hidden">{chart.title}</caption>
        <thead>
          <tr>
            {chart.columns.map((column, index) => (
              <th key={column.key} scope="col" className={index > 0 ? "numeric" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, index) => {
            const name = cellText(chart, first.key, row[first.key], threshold);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the first cell may repeat.
              <tr key={index}>
                <th scope="row">{name}</th>
                {rest.map((column) => {
                  const text = cellText(chart, column.key, row[column.key], threshold);
                  const value = row[column.key];
                  const link = typeof value === "number" && value > 0 ? linksTo(row, column.key) : undefined;
                  return (
                    <td key={column.key} className="numeric">
                      {link ? (
                        <Link
                          to="/work-items"
                          search={{ ...link, teamId }}
                          aria-label={`${text}: list ${name} work, ${column.label}`}
                        >
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
