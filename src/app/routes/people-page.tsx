import { useQuery } from "@tanstack/react-query";
import { Link, useRouteContext } from "@tanstack/react-router";
import { DownloadCsv } from "../../components/ui/download-csv";
import { ListView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { peopleListQuery } from "../../features/people/api/people";
import { LivedExperienceCounts } from "../../features/people/components/lived-experience-counts";
import { PeopleFilters } from "../../features/people/components/people-filters";
import { PeopleTable } from "../../features/people/components/people-table";
import { canEditPeople, canSeePersonalDetails } from "../../shared/permissions";

const pageSize = 25;

export function PeoplePage() {
  usePageTitle("People");
  const { search, setFilters, setPage } = useListSearch("/authed/people");
  const { user } = useRouteContext({ from: "/authed" });
  const withPersonal = canSeePersonalDetails(user);
  // A manager sees lived experience only in aggregate: a filter by it (from a shared link) is not applied.
  const ignoredTag = withPersonal ? undefined : search.livedExperience;
  const query = ignoredTag ? { ...search, livedExperience: undefined } : search;
  const list = useQuery(peopleListQuery({ ...query, pageSize }));
  const filtered = Boolean(query.search || query.perspective || query.livedExperience);

  return (
    <>
      <div className="page-header">
        <h1>People</h1>
        <div className="form-actions">
          <DownloadCsv name="people" query={query} />
          {canEditPeople(user) ? (
            <Link to="/people/new" className="button">
              New person
            </Link>
          ) : null}
        </div>
      </div>
      <PeopleFilters search={search} onChange={setFilters} withLivedExperience={withPersonal} />
      {ignoredTag ? (
        <p className="notice">
          Your role sees lived experience only in aggregate, so this list is not filtered by “{ignoredTag}”.
        </p>
      ) : null}
      <ListView
        query={list}
        loading="Loading people…"
        error="People could not be loaded."
        errorDetail
        empty={filtered ? "No people match these filters." : "No people yet."}
        pagination={{ label: "Pages of people", pageSize, onPage: setPage }}
      >
        {(page) => (
          <PeopleTable people={page.items} caption={`People, ${page.total}`} withLivedExperience={withPersonal} />
        )}
      </ListView>
      {withPersonal ? null : <LivedExperienceCounts />}
    </>
  );
}
