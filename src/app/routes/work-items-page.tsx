import { useQuery } from "@tanstack/react-query";
import { Link, useRouteContext } from "@tanstack/react-router";
import { DownloadCsv } from "../../components/ui/download-csv";
import { ListView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { teamsQuery, usersQuery, workItemListQuery } from "../../features/work-items/api/queries";
import { WorkItemFilters } from "../../features/work-items/components/work-item-filters";
import { WorkItemsTable } from "../../features/work-items/components/work-items-table";
import { defaultPageSize, pageSizes, toListQuery } from "../../features/work-items/list-search";
import { startRangeErrors } from "../../shared/choices";
import { canCreateAnyWorkItem } from "../../shared/permissions";

export function WorkItemsPage() {
  usePageTitle("Planned work");
  const { search, setFilters, setPage } = useListSearch("/authed/work-items");
  const { user } = useRouteContext({ from: "/authed" });
  // A range that ends before it starts holds nothing; its field says why, so no request is sent.
  const backwards = startRangeErrors(search).length > 0;
  const list = useQuery({ ...workItemListQuery(toListQuery(search)), enabled: !backwards });
  const teams = useQuery(teamsQuery());
  const users = useQuery(usersQuery());

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
      <WorkItemFilters search={search} teams={teams.data ?? []} onChange={setFilters} />
      <ListView
        query={list}
        // The table names each item's team and lead.
        waitFor={teams.isPending || users.isPending}
        unmatchable={backwards ? "The start-date range ends before it begins." : undefined}
        loading="Loading planned work…"
        error="Planned work could not be loaded."
        errorDetail
        empty={filtered ? "No work items match these filters." : "No work items yet."}
        emptyHint={
          filtered ? "Try other filters, or clear them to see all planned work." : "Add the first one to get started."
        }
        pagination={{
          label: "Pages of planned work",
          pageSize: search.pageSize ?? defaultPageSize,
          onPage: setPage,
          pageSizes: {
            sizes: pageSizes,
            defaultSize: defaultPageSize,
            onChange: (pageSize) => setFilters({ pageSize: pageSize === defaultPageSize ? undefined : pageSize }),
          },
        }}
      >
        {(page) => (
          <WorkItemsTable
            items={page.items}
            teams={teams.data ?? []}
            users={users.data ?? []}
            sort={search.sort}
            onSort={(sort) => setFilters({ sort })}
            caption={`Planned work, ${page.total} items`}
          />
        )}
      </ListView>
    </>
  );
}
