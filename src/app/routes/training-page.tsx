import { useQuery } from "@tanstack/react-query";
import { useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useId } from "react";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { trainingListQuery } from "../../features/training/api/training";
import { RecordTrainingForm } from "../../features/training/components/record-training-form";
import { TrainingTable } from "../../features/training/components/training-table";
import type { TrainingSearch } from "../../features/training/list-search";
import { usersQuery } from "../../features/work-items/api/queries";

const pageSize = 25;

export function TrainingPage() {
  usePageTitle("Staff training");
  const filterId = useId();
  const search = useSearch({ from: "/authed/training" });
  const { user } = useRouteContext({ from: "/authed" });
  const navigate = useNavigate({ from: "/training" });
  const staff = useQuery(usersQuery());
  const list = useQuery(trainingListQuery({ ...search, pageSize }));
  const isAdmin = user.role === "admin";
  const update = (changes: Partial<TrainingSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes }) });

  return (
    <>
      <h1>Staff training</h1>
      <p>Who has completed training in working with patients and the public, and when.</p>
      {isAdmin && staff.data ? <RecordTrainingForm staff={staff.data} /> : null}
      <div className="plan-section">
        <h2>Training records</h2>
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers before 2023. */}
        <div role="search" className="filters" aria-label="Filter training records">
          <div className="field">
            <label htmlFor={filterId}>Show records for</label>
            <select
              id={filterId}
              value={search.userId ?? ""}
              onChange={(event) => update({ userId: event.target.value || undefined, page: undefined })}
            >
              <option value="">All staff</option>
              {(staff.data ?? []).map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {list.isPending ? (
          <LoadingState label="Loading training records…" />
        ) : list.isError ? (
          <ErrorState
            title="Training records could not be loaded."
            detail={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : list.data.total === 0 ? (
          <EmptyState
            title={search.userId ? "No training recorded for this person yet." : "No training recorded yet."}
          />
        ) : (
          <div aria-busy={list.isFetching}>
            <TrainingTable
              records={list.data.items}
              caption={`Training records, ${list.data.total}`}
              canDelete={isAdmin}
            />
            <Pagination
              label="Pages of training records"
              page={list.data.page}
              pageSize={pageSize}
              total={list.data.total}
              onPage={(page) => update({ page: page === 1 ? undefined : page })}
            />
          </div>
        )}
      </div>
    </>
  );
}
