import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { DownloadCsv } from "../../components/ui/download-csv";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { teamsQuery, usersQuery, workItemListQuery } from "../../features/work-items/api/queries";
import { WorkItemFilters } from "../../features/work-items/components/work-item-filters";
import { WorkItemsTable } from "../../features/work-items/components/work-items-table";
import { defaultPageSize, pageSizes, toListQuery, type WorkItemsSearch } from "../../features/work-items/list-search";
import { canCreateAnyWorkItem } from "../../shared/permissions";
import { startRangeErrors } from "../../shared/schemas/work-item";

export function WorkItemsPage() {
  usePageTitle("Planned work");
  const search = useSearch({ from: "/authed/work-items" });
  const { user } = useRouteContext({ from: "/authed" });
  const navigate = useNavigate({ from: "/work-items" });
  // A range that ends before it starts holds nothing; its field says why, so no request is sent.
  const backwards = startRangeErrors(search).length > 0;
  const list = useQuery({ ...workItemListQuery(toListQuery(search)), enabled: !backwards });
  const teams = useQuery(teamsQuery());
  const users = useQuery(usersQuery());

  const update = useCallback(
    (changes: Partial<WorkItemsSearch>, options: { replace?: boolean } = {}) =>
      void navigate({ search: (previous) => ({ ...previous, ...changes }), replace: options.replace ?? false }),
    [navigate],
  );

  const filtered = Boolean(
    search.search || search.kind || search.status || search.teamId || search.plan || search.from || search.to,
  );

  return (
    <>
      <div className="page-header">
        <h1>Planned work</h1>
        <div className="form-actions">
          <DownloadCsv name="work-items" query={toListQuery(search)} />
          {canCreateAnyWorkItem(user) ? (
            <Link to="/work-items/new" className="button">
              New work item
            </Link>
          ) : null}
        </div>
      </div>
      <WorkItemFilters search={search} teams={teams.data ?? []} onChange={update} />
      {backwards ? (
        <EmptyState title="No work items match these filters.">
          <p>The start-date range ends before it begins.</p>
        </EmptyState>
      ) : list.isPending ? (
        <LoadingState label="Loading planned work…" />
      ) : list.isError ? (
        <ErrorState
          title="Planned work could not be loaded."
          detail={list.error.message}
          onRetry={() => void list.refetch()}
        />
      ) : list.data.total === 0 ? (
        <EmptyState title={filtered ? "No work items match these filters." : "No work items yet."}>
          <p>
            {filtered
              ? "Try other filters, or clear them to see all planned work."
              : "Add the first one to get started."}
          </p>
        </EmptyState>
      ) : (
        <div aria-busy={list.isFetching} className={list.isPlaceholderData ? "is-stale" : undefined}>
          <WorkItemsTable
            items={list.data.items}
            teams={teams.data ?? []}
            users={users.data ?? []}
            sort={search.sort}
            onSort={(sort) => update({ sort, page: undefined })}
            caption={`Planned work, ${list.data.total} items`}
          />
          <Pagination
            label="Pages of planned work"
            page={list.data.page}
            pageSize={search.pageSize ?? defaultPageSize}
            total={list.data.total}
            onPage={(page) => update({ page: page === 1 ? undefined : page })}
            pageSizes={{
              sizes: pageSizes,
              defaultSize: defaultPageSize,
              onChange: (pageSize) =>
                update({ pageSize: pageSize === defaultPageSize ? undefined : pageSize, page: undefined }),
            }}
          />
        </div>
      )}
    </>
  );
}
