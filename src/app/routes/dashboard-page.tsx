import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { QueryView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { dashboardChartsQuery, dashboardFiguresQuery } from "../../features/dashboard/api/dashboard";
import { DashboardCharts } from "../../features/dashboard/components/dashboard-charts";
import { DashboardFilters } from "../../features/dashboard/components/dashboard-filters";
import { HeadlineCards } from "../../features/dashboard/components/headline-cards";
import { RetentionDue } from "../../features/dashboard/components/retention-due";
import { teamsQuery } from "../../features/work-items/api/queries";
import { calendarDate } from "../../shared/calendar-date";
import { reportingYearOf } from "../../shared/reporting-year";

/** The managers' dashboard: headline figures for a reporting year or quarter, against the one before. */
export function DashboardPage() {
  usePageTitle("Dashboard");
  const { search, setSearch } = useListSearch("/authed/dashboard");

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
      {/* Admin only: the API sends the count to no one else. */}
      {figures.data?.retentionDue !== undefined ? <RetentionDue count={figures.data.retentionDue} /> : null}
      <DashboardFilters year={year} thisYear={thisYear} search={search} teams={teams.data ?? []} onChange={setSearch} />
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
      {/* One status at a time: the charts say they are loading once the figures have come. */}
      <QueryView
        query={charts}
        loading={figures.isPending ? null : "Loading the charts…"}
        error="The charts could not be loaded."
        errorDetail
      >
        {(data) => <DashboardCharts charts={data} filters={{ teamId: search.teamId }} />}
      </QueryView>
    </>
  );
}
