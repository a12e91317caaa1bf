import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useId } from "react";
import { DateRangeFields } from "../../components/ui/date-range-fields";
import { DownloadCsv } from "../../components/ui/download-csv";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { DiversitySummary } from "../../features/agenda/components/diversity-summary";
import { EventsTable } from "../../features/events/events-table";
import type { EventsSearch } from "../../features/events/list-search";
import { teamsQuery, workItemListQuery } from "../../features/work-items/api/queries";
import { calendarDate } from "../../shared/calendar-date";
import { reportingYear, reportingYearOf } from "../../shared/reporting-year";
import { startRangeErrors } from "../../shared/schemas/work-item";

const pageSize = 25;

/** The events team's view: conferences and events against the target, and speaker diversity by year. */
export function EventsPage() {
  usePageTitle("Events");
  const id = useId();
  const search = useSearch({ from: "/authed/events" });
  const navigate = useNavigate({ from: "/events" });
  const update = (changes: Partial<EventsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes }) });
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

  return (
    <>
      <div className="page-header">
        <h1>Events</h1>
        <DownloadCsv name="work-items" query={filters} />
      </div>
      <p>Conferences and events, upcoming first, and whether each has a patient voice on the agenda.</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023. */}
      <div role="search" className="filters" aria-label="Filter events">
        <div className="field">
          <label htmlFor={`${id}-target`}>Patient voice on the agenda</label>
          <select
            id={`${id}-target`}
            value={search.target ?? ""}
            onChange={(event) =>
              update({ target: (event.target.value || undefined) as EventsSearch["target"], page: undefined })
            }
          >
            <option value="">All conferences and events</option>
            <option value="not_met">Not meeting the target</option>
            <option value="met">Meeting the target</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={search.kind ?? ""}
            onChange={(event) =>
              update({ kind: (event.target.value || undefined) as EventsSearch["kind"], page: undefined })
            }
          >
            <option value="">Conferences and events</option>
            <option value="conference">Conferences</option>
            <option value="event">Events</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-team`}>Team</label>
          <select
            id={`${id}-team`}
            value={search.teamId ?? ""}
            onChange={(event) => update({ teamId: event.target.value || undefined, page: undefined })}
          >
            <option value="">All teams</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <DateRangeFields
          legend="Start date"
          from={search.from}
          to={search.to}
          onChange={(range) => update({ ...range, page: undefined })}
        />
      </div>
      {backwards ? (
        <EmptyState title="No events match these filters.">
          <p>The start-date range ends before it begins.</p>
        </EmptyState>
      ) : list.isPending ? (
        <LoadingState label="Loading events…" />
      ) : list.isError ? (
        <ErrorState title="Events could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <EmptyState title={filtered ? "No events match these filters." : "No conferences or events yet."} />
      ) : (
        <div aria-busy={list.isFetching}>
          <EventsTable items={list.data.items} caption={`Conferences and events, ${list.data.total}`} />
          <Pagination
            label="Pages of events"
            page={list.data.page}
            pageSize={pageSize}
            total={list.data.total}
            onPage={(page) => update({ page: page === 1 ? undefined : page })}
          />
        </div>
      )}
      <div className="plan-section">
        <div className="field">
          <label htmlFor={`${id}-year`}>Reporting year</label>
          <select
            id={`${id}-year`}
            value={year.year}
            onChange={(event) => update({ year: Number(event.target.value) })}
          >
            {years.map((value) => (
              <option key={value} value={value}>
                {reportingYear(value).label}
              </option>
            ))}
          </select>
        </div>
        {/* The same team and kind as the list above: the figures are for the events it can show. */}
        <DiversitySummary
          scope={{ from: year.from, to: year.to, teamId: search.teamId, kind: search.kind }}
          title={`Speaker diversity, ${year.label}`}
        />
      </div>
    </>
  );
}
