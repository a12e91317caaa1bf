import { useId } from "react";
import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { ReportingYearSelect } from "../../../components/ui/reporting-year-select";
import { reportingQuarter } from "../../../shared/reporting-year";
import type { Team } from "../../../shared/schemas/team";
import { workItemKindLabels, workItemKinds } from "../../../shared/schemas/work-item";
import type { DashboardSearch } from "../list-search";

type Props = {
  /** The reporting year shown (from the URL, or the one today falls in). */
  year: number;
  /** The reporting year today falls in: the default, left out of the URL. */
  thisYear: number;
  search: DashboardSearch;
  teams: Team[];
  onChange: (changes: Partial<DashboardSearch>) => void;
};

const quarters = [1, 2, 3, 4] as const;

export function DashboardFilters({ year, thisYear, search, teams, onChange }: Props) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023.
    <div role="search" className="filters" aria-label="Dashboard filters">
      <ReportingYearSelect
        year={year}
        thisYear={thisYear}
        onChange={(chosen) => onChange({ year: chosen === thisYear ? undefined : chosen })}
      />
      <div className="field">
        <label htmlFor={`${id}-quarter`}>Quarter</label>
        <select
          id={`${id}-quarter`}
          value={search.quarter ?? ""}
          onChange={(event) => onChange({ quarter: event.target.value ? Number(event.target.value) : undefined })}
        >
          <option value="">Whole year</option>
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {reportingQuarter(year, quarter).label}
            </option>
          ))}
        </select>
      </div>
      <DateRangeFields
        legend="Or a custom range"
        from={search.from}
        to={search.to}
        onChange={(range) => onChange(range)}
      />
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          id={`${id}-team`}
          value={search.teamId ?? ""}
          onChange={(event) => onChange({ teamId: event.target.value || undefined })}
        >
          <option value="">All teams</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind of work</label>
        <select
          id={`${id}-kind`}
          value={search.kind ?? ""}
          onChange={(event) => onChange({ kind: (event.target.value || undefined) as DashboardSearch["kind"] })}
        >
          <option value="">All kinds</option>
          {workItemKinds.map((kind) => (
            <option key={kind} value={kind}>
              {workItemKindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
