import { useEffect, useId, useState } from "react";
import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { involvementLevelLabels, involvementLevels } from "../../../shared/schemas/involvement-plan";
import type { Team } from "../../../shared/schemas/team";
import {
  workItemKindLabels,
  workItemKinds,
  workItemStatuses,
  workItemStatusLabels,
} from "../../../shared/schemas/work-item";
import type { WorkItemsSearch } from "../list-search";

type Props = {
  search: WorkItemsSearch;
  teams: Team[];
  /** `replace` for typing (one history entry per search, not per key), push for choices. */
  onChange: (changes: Partial<WorkItemsSearch>, options?: { replace?: boolean }) => void;
};

const filterKeys = ["search", "kind", "status", "teamId", "plan", "from", "to"] as const;

export function WorkItemFilters({ search, teams, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(search.search ?? "");

  // Follow the URL when it changes from outside (Back, Clear filters).
  useEffect(() => setText(search.search ?? ""), [search.search]);

  // Debounced: the list follows typing without a request per key.
  useEffect(() => {
    if ((search.search ?? "") === text.trim()) return;
    const timer = setTimeout(
      () => onChange({ search: text.trim() || undefined, page: undefined }, { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [text, search.search, onChange]);

  const active = filterKeys.some((key) => search[key] !== undefined);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023.
    <div role="search" className="filters" aria-label="Filter planned work">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          placeholder="Title or summary"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") onChange({ search: text.trim() || undefined, page: undefined });
          }}
        />
      </div>
      <SelectFilter
        label="Kind"
        allLabel="All kinds"
        value={search.kind}
        options={workItemKinds.map((kind) => ({ value: kind, label: workItemKindLabels[kind] }))}
        onChange={(kind) => onChange({ kind: kind as WorkItemsSearch["kind"], page: undefined })}
      />
      <SelectFilter
        label="Status"
        allLabel="All statuses"
        value={search.status}
        options={workItemStatuses.map((status) => ({ value: status, label: workItemStatusLabels[status] }))}
        onChange={(status) => onChange({ status: status as WorkItemsSearch["status"], page: undefined })}
      />
      <SelectFilter
        label="Team"
        allLabel="All teams"
        value={search.teamId}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        onChange={(teamId) => onChange({ teamId, page: undefined })}
      />
      <SelectFilter
        label="Involvement decision"
        allLabel="Any"
        value={search.plan}
        options={[
          { value: "undecided", label: "Undecided" },
          ...involvementLevels.map((level) => ({ value: level, label: involvementLevelLabels[level] })),
        ]}
        onChange={(plan) => onChange({ plan: plan as WorkItemsSearch["plan"], page: undefined })}
      />
      <DateRangeFields
        legend="Start date"
        from={search.from}
        to={search.to}
        onChange={(range) => onChange({ ...range, page: undefined })}
      />
      {active ? (
        <button
          type="button"
          className="button button--secondary filters__clear"
          onClick={() =>
            onChange({
              search: undefined,
              kind: undefined,
              status: undefined,
              teamId: undefined,
              plan: undefined,
              from: undefined,
              to: undefined,
              page: undefined,
            })
          }
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

type SelectFilterProps = {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
};

/** One filter: a labelled select whose first option means "no filter". */
function SelectFilter({ label, allLabel, value, options, onChange }: SelectFilterProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
