import { useEffect, useId, useState } from "react";
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

const filterKeys = ["search", "kind", "status", "teamId"] as const;

/** Filters declared as data would be nicer with more lists; four plain controls are clearer today. */
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
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={search.kind ?? ""}
          onChange={(event) =>
            onChange({ kind: (event.target.value || undefined) as WorkItemsSearch["kind"], page: undefined })
          }
        >
          <option value="">All kinds</option>
          {workItemKinds.map((kind) => (
            <option key={kind} value={kind}>
              {workItemKindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={search.status ?? ""}
          onChange={(event) =>
            onChange({ status: (event.target.value || undefined) as WorkItemsSearch["status"], page: undefined })
          }
        >
          <option value="">All statuses</option>
          {workItemStatuses.map((status) => (
            <option key={status} value={status}>
              {workItemStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          id={`${id}-team`}
          value={search.teamId ?? ""}
          onChange={(event) => onChange({ teamId: event.target.value || undefined, page: undefined })}
        >
          <option value="">All teams</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button
          type="button"
          className="button button--secondary filters__clear"
          onClick={() =>
            onChange({ search: undefined, kind: undefined, status: undefined, teamId: undefined, page: undefined })
          }
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
