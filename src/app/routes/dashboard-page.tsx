import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useDeferredValue } from "react";
import { QueryView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { EmptyState } from "../../components/ui/states";
import { useListSearch } from "../../components/ui/use-list-search";
import { dashboardChartsQuery, dashboardFiguresQuery } from "../../features/dashboard/api/dashboard";
import { DashboardCharts } from "../../features/dashboard/components/dashboard-charts";
import { DashboardFilters } from "../../features/dashboard/components/dashboard-filters";
import { HeadlineCards } from "../../features/dashboard/components/headline-cards";
import { RetentionDue } from "../../features/dashboard/components/retention-due";
import { dashboardQueryOf, thisReportingYear } from "../../features/dashboard/list-search";
import { teamsQuery } from "../../features/work-items/api/queries";
import { reportingRangeErrors, startRangeErrors } from "../../shared/choices";

/** The managers' dashboard: headline figures for a reporting year or quarter, against the one before. */
export function DashboardPage() {
  usePageTitle("Dashboard");
  const { search, setSearch } = useListSearch("/authed/dashboard");

  const thisYear = thisReportingYear();
  const year = search.year ?? thisYear;
  const query = dashboardQueryOf(search, thisYear);
  // A custom range that cannot be counted (it ends before it starts, or a day is out of bounds)
  // holds nothing: the page says why, and no request is sent.
  const backwards = startRangeErrors(search).length > 0;
  const unmatchable = reportingRangeErrors(search).length > 0;
  const figures = useQuery({ ...dashboardFiguresQuery(query), enabled: !unmatchable });
  const charts = useQuery({ ...dashboardChartsQuery(query), enabled: !unmatchable });
  const teams = useQuery(teamsQuery());
  // The figures are drawn in a deferred render (QueryView): what goes with them (the period above,
  // the charts below) is drawn in that same render, so nothing moves when they arrive.
  const figuresDrawn = useDeferredValue(figures.data);

  return (
    <>
      <div className="page-header">
        <h1>Dashboard</h1>
        <Link
          to="/reports/annual"
          search={search.year ? { year: search.year } : {}}
          className="button button--secondary"
        >
          Annual involvement report
        </Link>
      </div>
      <DashboardFilters year={year} thisYear={thisYear} search={search} teams={teams.data ?? []} onChange={setSearch} />
      {/* Below the filters, so nothing above them moves when the figures arrive. */}
      {unmatchable ? (
        <EmptyState title="No figures for this range.">
          <p>
            {backwards ? "The custom range ends before it begins." : "Use dates from 1900 to 2100 for a custom range."}
          </p>
        </EmptyState>
      ) : null}
      {figuresDrawn && !unmatchable ? (
        <p className="dashboard-period">
          <strong>{figuresDrawn.period.label}</strong>, compared with {figuresDrawn.previousPeriod.label}
        </p>
      ) : null}
      {/* Admin only: the API sends the count to no one else. */}
      {figuresDrawn?.retentionDue !== undefined ? <RetentionDue count={figuresDrawn.retentionDue} /> : null}
      {unmatchable ? null : (
        <QueryView
          query={figures}
          loading="Loading the dashboard…"
          error="The dashboard could not be loaded."
          errorDetail
          isEmpty={(data) => data.headlines.length === 0}
          empty="No figures for this period."
        >
          {(data) => <HeadlineCards dashboard={data} filters={{ teamId: search.teamId, kind: search.kind }} />}
        </QueryView>
      )}
      {/* The figures first: the charts (below them) wait until the figures are drawn, so they never push the charts down. */}
      {unmatchable || (figuresDrawn === undefined && !figures.isError) ? null : (
        <QueryView query={charts} loading="Loading the charts…" error="The charts could not be loaded." errorDetail>
          {(data) => <DashboardCharts charts={data} filters={{ teamId: search.teamId }} />}
        </QueryView>
      )}
    </>
  );
}
