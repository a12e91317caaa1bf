import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { bindSelect, FilterBar, SelectFilter } from "../../../components/ui/filters";
import { NamedOptions, Options } from "../../../components/ui/options";
import { ReportingYearSelect } from "../../../components/ui/reporting-year-select";
import { reportingDateBounds, workItemKindLabels, workItemKinds } from "../../../shared/choices";
import { reportingQuarter } from "../../../shared/reporting-year";
import type { Team } from "../../../shared/schemas/team";
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

const quarters = ["1", "2", "3", "4"] as const;
const noRange = { from: undefined, to: undefined };
const quarterNumber = (quarter: (typeof quarters)[number]) => Number(quarter) as 1 | 2 | 3 | 4;

export function DashboardFilters({ year, thisYear, search, teams, onChange }: Props) {
  const bind = bindSelect(search, onChange);
  return (
    <FilterBar label="Dashboard filters">
      <ReportingYearSelect
        year={year}
        thisYear={thisYear}
        // One period at a time: a year or a quarter replaces a custom range, and a range both.
        onChange={(chosen) => onChange({ year: chosen === thisYear ? undefined : chosen, ...noRange })}
      />
      <SelectFilter
        label="Quarter"
        allLabel="Whole year"
        value={search.quarter === undefined ? undefined : String(search.quarter)}
        onChange={(quarter) => onChange({ quarter: quarter ? Number(quarter) : undefined, ...noRange })}
      >
        <Options values={quarters} labels={(quarter) => reportingQuarter(year, quarterNumber(quarter)).label} />
      </SelectFilter>
      <DateRangeFields
        legend="Or a custom range"
        from={search.from}
        to={search.to}
        earliest={reportingDateBounds.earliest}
        latest={reportingDateBounds.latest}
        onChange={(range) => onChange({ ...range, year: undefined, quarter: undefined })}
      />
      <SelectFilter label="Team" allLabel="All teams" {...bind("teamId")}>
        <NamedOptions items={teams} />
      </SelectFilter>
      <SelectFilter label="Kind of work" allLabel="All kinds" {...bind("kind")}>
        <Options values={workItemKinds} labels={workItemKindLabels} />
      </SelectFilter>
    </FilterBar>
  );
}
