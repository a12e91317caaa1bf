import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { bindSelect, ClearFilters, FilterBar, SearchBox, SelectFilter } from "../../../components/ui/filters";
import { NamedOptions, Options } from "../../../components/ui/options";
import {
  involvementLevelLabels,
  planFilters,
  workItemKindLabels,
  workItemKinds,
  workItemStatuses,
  workItemStatusLabels,
} from "../../../shared/choices";
import type { Team } from "../../../shared/schemas/team";
import type { WorkItemsSearch } from "../list-search";

type Props = {
  search: WorkItemsSearch;
  teams: Team[];
  /** A change of filters (the list starts again at its first page); `replace` for typing. */
  onChange: (changes: Partial<WorkItemsSearch>, options?: { replace?: boolean }) => void;
};

const filterKeys = ["search", "kind", "status", "teamId", "plan", "from", "to"] as const;
const planLabels = { undecided: "Undecided", ...involvementLevelLabels };

export function WorkItemFilters({ search, teams, onChange }: Props) {
  const bind = bindSelect(search, onChange);

  return (
    <FilterBar label="Filter planned work">
      <SearchBox
        value={search.search}
        placeholder="Title or summary"
        onSearch={(text, options) => onChange({ search: text }, options)}
      />
      <SelectFilter label="Kind" allLabel="All kinds" {...bind("kind")}>
        <Options values={workItemKinds} labels={workItemKindLabels} />
      </SelectFilter>
      <SelectFilter label="Status" allLabel="All statuses" {...bind("status")}>
        <Options values={workItemStatuses} labels={workItemStatusLabels} />
      </SelectFilter>
      <SelectFilter label="Team" allLabel="All teams" {...bind("teamId")}>
        <NamedOptions items={teams} />
      </SelectFilter>
      <SelectFilter label="Involvement decision" allLabel="Any" {...bind("plan")}>
        <Options values={planFilters} labels={planLabels} />
      </SelectFilter>
      <DateRangeFields legend="Start date" from={search.from} to={search.to} onChange={(range) => onChange(range)} />
      <ClearFilters search={search} keys={filterKeys} onChange={onChange} />
    </FilterBar>
  );
}
