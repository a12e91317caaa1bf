import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useId } from "react";
import { DownloadCsv } from "../../components/ui/download-csv";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { feedbackListQuery } from "../../features/feedback/api/feedback";
import { FeedbackTable } from "../../features/feedback/components/feedback-table";
import { canEditPeople } from "../../shared/permissions";

const pageSize = 25;

export function FeedbackPage() {
  usePageTitle("Feedback and actions");
  const id = useId();
  const search = useSearch({ from: "/authed/feedback" });
  const { user } = useRouteContext({ from: "/authed" });
  const navigate = useNavigate({ from: "/feedback" });
  const openOnly = search.show !== "all";
  const list = useQuery(feedbackListQuery({ ...(openOnly ? { actions: "open" } : {}), page: search.page, pageSize }));

  return (
    <>
      <div className="page-header">
        <h1>Feedback and actions</h1>
        <div className="form-actions">
          <DownloadCsv name="feedback" query={openOnly ? { actions: "open" } : {}} />
          {canEditPeople(user) ? (
            <Link to="/feedback/new" className="button">
              Log feedback
            </Link>
          ) : null}
        </div>
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-show`}>Show</label>
          <select
            id={`${id}-show`}
            value={openOnly ? "open-actions" : "all"}
            onChange={(event) =>
              void navigate({
                search: { show: event.target.value === "all" ? "all" : undefined, page: undefined },
              })
            }
          >
            <option value="open-actions">Open actions, overdue first</option>
            <option value="all">All feedback, newest first</option>
          </select>
        </div>
      </div>
      {list.isPending ? (
        <LoadingState label="Loading feedback…" />
      ) : list.isError ? (
        <ErrorState title="Feedback could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <EmptyState title={openOnly ? "No open actions." : "No feedback yet."} />
      ) : (
        <div aria-busy={list.isFetching}>
          <FeedbackTable items={list.data.items} caption={openOnly ? "Open actions" : "All feedback"} />
          <Pagination
            label="Pages of feedback"
            page={list.data.page}
            pageSize={pageSize}
            total={list.data.total}
            onPage={(page) =>
              void navigate({ search: (previous) => ({ ...previous, page: page === 1 ? undefined : page }) })
            }
          />
        </div>
      )}
    </>
  );
}
