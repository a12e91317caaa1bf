import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states";
import type { ChartTable } from "../../../shared/schemas/metrics";
import { annualChartsQuery, annualHeadlinesQuery } from "../api/reports";
import { changeText, chartCellText, detailText, previousText, targetText, valueText } from "../format";

/** The dashboard's headline figures as one table: value, target, the year before, and the change. */
export function AnnualHeadlines({ year }: { year: number }) {
  const figures = useQuery(annualHeadlinesQuery(year));
  return (
    <section className="report-section" aria-labelledby="annual-headlines">
      <h2 id="annual-headlines">Headline figures</h2>
      {figures.isPending ? (
        <LoadingState label="Loading the headline figures…" />
      ) : figures.isError ? (
        <ErrorState title="The headline figures could not be loaded." onRetry={() => void figures.refetch()} />
      ) : figures.data.headlines.length === 0 ? (
        <EmptyState title="No figures for this year." />
      ) : (
        <ScrollRegion label={`Headline figures, ${figures.data.period.label}`}>
          <table className="data-table report-table">
            <caption>Headline figures, {figures.data.period.label}</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">This year</th>
                <th scope="col">Target</th>
                <th scope="col">{figures.data.previousPeriod.label}</th>
                <th scope="col">Change</th>
                <th scope="col">What is counted</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.headlines.map((headline) => {
                const detail = detailText(headline);
                return (
                  <tr key={headline.key}>
                    <th scope="row">{headline.label}</th>
                    <td>
                      {valueText(headline)}
                      {detail ? <span className="report-detail"> ({detail})</span> : null}
                    </td>
                    <td>{targetText(headline)}</td>
                    <td>{previousText(headline)}</td>
                    <td>{changeText(headline)}</td>
                    <td>{headline.definition}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** Every dashboard chart's numbers as a table, captioned by the chart's title and described by its definition. */
export function AnnualCharts({ year }: { year: number }) {
  const charts = useQuery(annualChartsQuery(year));
  return (
    <section className="report-section" aria-labelledby="annual-charts">
      <h2 id="annual-charts">Figures in detail</h2>
      {charts.isPending ? (
        <LoadingState label="Loading the figures…" />
      ) : charts.isError ? (
        <ErrorState title="The figures could not be loaded." onRetry={() => void charts.refetch()} />
      ) : (
        <>
          <p>
            Every figure is exact, except those made from equality-monitoring answers (speaker diversity), whose note
            says how they were made safe to publish.
          </p>
          {charts.data.charts.map((chart) => (
            <ChartNumbers key={chart.key} chart={chart} threshold={charts.data.threshold} />
          ))}
        </>
      )}
    </section>
  );
}

function ChartNumbers({ chart, threshold }: { chart: ChartTable; threshold: number }) {
  const id = useId();
  const [first, ...rest] = chart.columns;
  return (
    <div className="report-chart">
      <ScrollRegion label={chart.title}>
        <table className="data-table report-table" aria-describedby={`${id}-definition`}>
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              {chart.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              // Rows have no id: the first column names the row, and is unique within a chart.
              <tr key={first ? String(row[first.key]) : JSON.stringify(row)}>
                {first ? <th scope="row">{chartCellText(chart, first.key, row[first.key], threshold)}</th> : null}
                {rest.map((column) => (
                  <td key={column.key}>{chartCellText(chart, column.key, row[column.key], threshold)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="meta report-definition" id={`${id}-definition`}>
        What is counted: {chart.definition}
      </p>
      {chart.note ? <p className="figure-note">{chart.note}</p> : null}
    </div>
  );
}
