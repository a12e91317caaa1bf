import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { bindSelect, FilterBar, SelectFilter } from "../../components/ui/filters";
import { ListView } from "../../components/ui/list-view";
import { NamedOptions } from "../../components/ui/options";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { trainingListQuery } from "../../features/training/api/training";
import { RecordTrainingForm } from "../../features/training/components/record-training-form";
import { TrainingTable } from "../../features/training/components/training-table";
import { usersQuery } from "../../features/work-items/api/queries";

const pageSize = 25;

export function TrainingPage() {
  usePageTitle("Staff training");
  const { search, setFilters, setPage } = useListSearch("/authed/training");
  const { user } = useRouteContext({ from: "/authed" });
  const staff = useQuery(usersQuery());
  const list = useQuery(trainingListQuery({ ...search, pageSize }));
  const isAdmin = user.role === "admin";
  const bind = bindSelect(search, setFilters);

  return (
    <>
      <h1>Staff training</h1>
      <p>Who has completed training in working with patients and the public, and when.</p>
      {isAdmin && staff.data ? <RecordTrainingForm staff={staff.data} /> : null}
      <div className="plan-section">
        <h2>Training records</h2>
        <FilterBar label="Filter training records">
          <SelectFilter label="Show records for" allLabel="All staff" {...bind("userId")}>
            <NamedOptions items={staff.data ?? []} />
          </SelectFilter>
        </FilterBar>
        <ListView
          query={list}
          loading="Loading training records…"
          error="Training records could not be loaded."
          errorDetail
          empty={search.userId ? "No training recorded for this person yet." : "No training recorded yet."}
          pagination={{ label: "Pages of training records", pageSize, onPage: setPage }}
        >
          {(page) => (
            <TrainingTable records={page.items} caption={`Training records, ${page.total}`} canDelete={isAdmin} />
          )}
        </ListView>
      </div>
    </>
  );
}
