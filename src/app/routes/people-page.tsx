import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { DownloadCsv } from "../../components/ui/download-csv";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { peopleListQuery } from "../../features/people/api/people";
import { PeopleFilters } from "../../features/people/components/people-filters";
import { PeopleTable } from "../../features/people/components/people-table";
import type { PeopleSearch } from "../../features/people/list-search";
import { canEditPeople } from "../../shared/permissions";

const pageSize = 25;

export function PeoplePage() {
  usePageTitle("People");
  const search = useSearch({ from: "/authed/people" });
  const { user } = useRouteContext({ from: "/authed" });
  const navigate = useNavigate({ from: "/people" });
  const list = useQuery(peopleListQuery({ ...search, pageSize }));
  const update = useCallback(
    (changes: Partial<PeopleSearch>, options: { replace?: boolean } = {}) =>
      void navigate({ search: (previous) => ({ ...previous, ...changes }), replace: options.replace ?? false }),
    [navigate],
  );

  return (
    <>
      <div className="page-header">
        <h1>People</h1>
        <div className="form-actions">
          <DownloadCsv name="people" query={search} />
          {canEditPeople(user) ? (
            <Link to="/people/new" className="button">
              New person
            </Link>
          ) : null}
        </div>
      </div>
      <PeopleFilters search={search} onChange={update} />
      {list.isPending ? (
        <LoadingState label="Loading people…" />
      ) : list.isError ? (
        <ErrorState
          title="People could not be loaded."
          detail={list.error.message}
          onRetry={() => void list.refetch()}
        />
      ) : list.data.total === 0 ? (
        <EmptyState
          title={
            search.search || search.perspective || search.livedExperience
              ? "No people match these filters."
              : "No people yet."
          }
        />
      ) : (
        <div aria-busy={list.isFetching}>
          <PeopleTable people={list.data.items} caption={`People, ${list.data.total}`} />
          <Pagination
            label="Pages of people"
            page={list.data.page}
            pageSize={pageSize}
            total={list.data.total}
            onPage={(page) => update({ page: page === 1 ? undefined : page })}
          />
        </div>
      )}
    </>
  );
}
