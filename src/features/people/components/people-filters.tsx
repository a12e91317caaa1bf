import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { perspectiveLabels, perspectives } from "../../../shared/schemas/person";
import { livedExperienceTagsQuery } from "../api/people";
import type { PeopleSearch } from "../list-search";

type Props = {
  search: PeopleSearch;
  onChange: (changes: Partial<PeopleSearch>, options?: { replace?: boolean }) => void;
};

export function PeopleFilters({ search, onChange }: Props) {
  const id = useId();
  const tags = useQuery(livedExperienceTagsQuery()).data ?? [];
  // A tag from a shared link stays choosable while the list of tags loads (or if it is gone).
  const tagOptions =
    search.livedExperience && !tags.includes(search.livedExperience) ? [search.livedExperience, ...tags] : tags;
  const [text, setText] = useState(search.search ?? "");
  useEffect(() => setText(search.search ?? ""), [search.search]);
  useEffect(() => {
    if ((search.search ?? "") === text.trim()) return;
    const timer = setTimeout(
      () => onChange({ search: text.trim() || undefined, page: undefined }, { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [text, search.search, onChange]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023.
    <div role="search" className="filters" aria-label="Filter people">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search</label>
        <input id={`${id}-search`} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-perspective`}>Perspective</label>
        <select
          id={`${id}-perspective`}
          value={search.perspective ?? ""}
          onChange={(event) =>
            onChange({ perspective: (event.target.value || undefined) as PeopleSearch["perspective"], page: undefined })
          }
        >
          <option value="">All perspectives</option>
          {perspectives.map((value) => (
            <option key={value} value={value}>
              {perspectiveLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-lived`}>Lived experience</label>
        <select
          id={`${id}-lived`}
          value={search.livedExperience ?? ""}
          onChange={(event) => onChange({ livedExperience: event.target.value || undefined, page: undefined })}
        >
          <option value="">All areas</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
