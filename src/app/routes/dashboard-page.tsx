import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { dashboardChartsQuery, dashboardFiguresQuery } from "../../features/dashboard/api/dashboard";
import { DashboardCharts } from "../../features/dashboard/components/dashboard-charts";
import { DashboardFilters } from "../../features/dashboard/components/dashboard-filters";
import { HeadlineCards } from "../../features/dashboard/components/headline-cards";
import type { DashboardSearch } from "../../features/dashboard/list-search";
import { teamsQuery } from "../../features/work-items/api/queries";
import { calendarDate } from "../../shared/calendar-date";
import { reportingYearOf } from "../../shared/reporting-year";

/** The managers' dashboard: headline figures for a reporting year or quarter, against the one before. */
export function DashboardPage() {
  usePageTitle("Dashboard");
  const search = useSearch({ from: "/authed/dashboard" });
  const navigate = useNavigate({ from: "/dashboard" });
  const update = (changes: Partial<DashboardSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes }) });

  const thisYear = reportingYearOf(calendarDate(new Date()));
  const year = search.year ?? thisYear;
  // The year is always sent: the figures are for the year the filter shows, whatever the server's clock says.
  // A custom range, when given, replaces the year and quarter (the API compares it with as many days before).
  const query =
    search.from || search.to
      ? { from: search.from, to: search.to, teamId: search.teamId, kind: search.kind }
      : { year, quarter: search.quarter, teamId: search.teamId, kind: search.kind };
  const figures = useQuery(dashboardFiguresQuery(query));
  const charts = useQuery(dashboardChartsQuery(query));
  const teams = useQuery(teamsQuery());

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
      {figures.data ? (
        <p className="dashboard-period">
          <strong>{figures.data.period.label}</strong>, compared with {figures.data.previousPeriod.label}
        </p>
      ) : null}
      <DashboardFilters year={year} thisYear={thisYear} search={search} teams={teams.data ?? []} onChange={update} />
      {figures.isPending ? (
        <LoadingState label="Loading the dashboard…" />
      ) : figures.isError ? (
        <ErrorState
          title="The dashboard could not be loaded."
          detail={figures.error.message}
          onRetry={() => void figures.refetch()}
        />
      ) : figures.data.headlines.length === 0 ? (
        <EmptyState title="No figures for this period." />
      ) : (
        <div aria-busy={figures.isFetching} className={figures.isPlaceholderData ? "is-stale" : undefined}>
          <HeadlineCards dashboard={figures.data} filters={{ teamId: search.teamId, kind: search.kind }} />
        </div>
      )}
      {charts.isPending ? (
        figures.isPending ? null : (
          <LoadingState label="Loading the charts…" />
        )
      ) : charts.isError ? (
        <ErrorState
          title="The charts could not be loaded."
          detail={charts.error.message}
          onRetry={() => void charts.refetch()}
        />
      ) : (
        <div aria-busy={charts.isFetching} className={charts.isPlaceholderData ? "is-stale" : undefined}>
          <DashboardCharts charts={charts.data} filters={{ teamId: search.teamId }} />
        </div>
      )}
    </>
  );
}
