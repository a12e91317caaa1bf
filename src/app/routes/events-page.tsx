import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { DateRangeFields } from "../../components/ui/date-range-fields";
import { DownloadCsv } from "../../components/ui/download-csv";
import { bindSelect, FilterBar, SelectFilter } from "../../components/ui/filters";
import { ListView } from "../../components/ui/list-view";
import { NamedOptions, Options } from "../../components/ui/options";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { DiversitySummary } from "../../features/agenda/components/diversity-summary";
import { EventsTable } from "../../features/events/events-table";
import { PaymentsFile } from "../../features/payments/components/payments-file";
import { teamsQuery, workItemListQuery } from "../../features/work-items/api/queries";
import { calendarDate } from "../../shared/calendar-date";
import { allows } from "../../shared/permissions";
import { reportingYear, reportingYearOf } from "../../shared/reporting-year";
import { startRangeErrors } from "../../shared/schemas/work-items";

const pageSize = 25;

const targetLabels = { not_met: "Not meeting the target", met: "Meeting the target" };
const kindLabels = { conference: "Conferences", event: "Events" };

/** The events team's view: conferences and events against the target, and speaker diversity by year. */
export function EventsPage() {
  usePageTitle("Events");
  const { user } = useRouteContext({ from: "/authed" });
  const { search, setSearch, setFilters, setPage } = useListSearch("/authed/events");
  const filters = {
    agendaTarget: search.target ?? "any",
    teamId: search.teamId,
    kind: search.kind,
    from: search.from,
    to: search.to,
    sort: "upcoming",
  } as const;
  // A range that ends before it starts holds nothing; its field says why, so no request is sent.
  const backwards = startRangeErrors(search).length > 0;
  const list = useQuery({ ...workItemListQuery({ ...filters, page: search.page, pageSize }), enabled: !backwards });
  const teams = useQuery(teamsQuery());
  const filtered = Boolean(search.target || search.teamId || search.kind || search.from || search.to);
  const thisYear = reportingYearOf(calendarDate(new Date()));
  const year = reportingYear(search.year ?? thisYear);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const bind = bindSelect(search, setFilters);

  return (
    <>
      <div className="page-header">
        <h1>Events</h1>
        <DownloadCsv name="work-items" query={filters} />
      </div>
      <p>Conferences and events, upcoming first, and whether each has a patient voice on the agenda.</p>
      <FilterBar label="Filter events">
        <SelectFilter label="Patient voice on the agenda" allLabel="All conferences and events" {...bind("target")}>
          <Options values={["not_met", "met"]} labels={targetLabels} />
        </SelectFilter>
        <SelectFilter label="Kind" allLabel="Conferences and events" {...bind("kind")}>
          <Options values={["conference", "event"]} labels={kindLabels} />
        </SelectFilter>
        <SelectFilter label="Team" allLabel="All teams" {...bind("teamId")}>
          <NamedOptions items={teams.data ?? []} />
        </SelectFilter>
        <DateRangeFields
          legend="Start date"
          from={search.from}
          to={search.to}
          onChange={(range) => setFilters(range)}
        />
      </FilterBar>
      <ListView
        query={list}
        unmatchable={backwards ? "The start-date range ends before it begins." : undefined}
        loading="Loading events…"
        error="Events could not be loaded."
        empty={filtered ? "No events match these filters." : "No conferences or events yet."}
        pagination={{ label: "Pages of events", pageSize, onPage: setPage }}
      >
        {(page) => <EventsTable items={page.items} caption={`Conferences and events, ${page.total}`} />}
      </ListView>
      <div className="plan-section">
        <SelectFilter
          label="Reporting year"
          value={String(year.year)}
          onChange={(value) => setSearch({ year: Number(value) })}
        >
          <Options values={years.map(String)} labels={(value) => reportingYear(Number(value)).label} />
        </SelectFilter>
        {/* The same team and kind as the list above: the figures are for the events it can show. */}
        <DiversitySummary
          scope={{ from: year.from, to: year.to, teamId: search.teamId, kind: search.kind }}
          title={`Speaker diversity, ${year.label}`}
        />
      </div>
      {allows("payments.read", user.role) ? <PaymentsFile /> : null}
    </>
  );
}
