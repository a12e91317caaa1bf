import { useQuery } from "@tanstack/react-query";
import { bindSelect, FilterBar, SearchBox, SelectFilter } from "../../../components/ui/filters";
import { Options } from "../../../components/ui/options";
import { perspectiveLabels, perspectives } from "../../../shared/schemas/people";
import { livedExperienceTagsQuery } from "../api/people";
import type { PeopleSearch } from "../list-search";

type Props = {
  search: PeopleSearch;
  /** A change of filters (the list starts again at its first page). */
  onChange: (changes: Partial<PeopleSearch>, options?: { replace?: boolean }) => void;
  /** Whether this role may filter by lived experience (managers see it only in aggregate). */
  withLivedExperience: boolean;
};

export function PeopleFilters({ search, onChange, withLivedExperience }: Props) {
  const tags = useQuery({ ...livedExperienceTagsQuery(), enabled: withLivedExperience }).data?.items ?? [];
  // A tag from a shared link stays choosable while the list of tags loads (or if it is gone).
  const tagOptions =
    search.livedExperience && !tags.includes(search.livedExperience) ? [search.livedExperience, ...tags] : tags;
  const bind = bindSelect(search, onChange);

  return (
    <FilterBar label="Filter people">
      <SearchBox value={search.search} onSearch={(text, options) => onChange({ search: text }, options)} />
      <SelectFilter label="Perspective" allLabel="All perspectives" {...bind("perspective")}>
        <Options values={perspectives} labels={perspectiveLabels} />
      </SelectFilter>
      {withLivedExperience ? (
        <SelectFilter label="Lived experience" allLabel="All areas" {...bind("livedExperience")}>
          <Options values={tagOptions} labels={(tag) => tag} />
        </SelectFilter>
      ) : null}
    </FilterBar>
  );
}
