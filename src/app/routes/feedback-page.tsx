import { useQuery } from "@tanstack/react-query";
import { Link, useRouteContext } from "@tanstack/react-router";
import { DownloadCsv } from "../../components/ui/download-csv";
import { SelectFilter } from "../../components/ui/filters";
import { ListView } from "../../components/ui/list-view";
import { Options } from "../../components/ui/options";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { feedbackListQuery } from "../../features/feedback/api/feedback";
import { FeedbackTable } from "../../features/feedback/components/feedback-table";
import { canEditPeople } from "../../shared/permissions";

const pageSize = 25;

const showLabels = { "open-actions": "Open actions, overdue first", all: "All feedback, newest first" };

export function FeedbackPage() {
  usePageTitle("Feedback and actions");
  const { search, setFilters, setPage } = useListSearch("/authed/feedback");
  const { user } = useRouteContext({ from: "/authed" });
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
        <SelectFilter
          label="Show"
          value={openOnly ? "open-actions" : "all"}
          onChange={(show) => setFilters({ show: show === "all" ? "all" : undefined })}
        >
          <Options values={["open-actions", "all"]} labels={showLabels} />
        </SelectFilter>
      </div>
      <ListView
        query={list}
        loading="Loading feedback…"
        error="Feedback could not be loaded."
        empty={openOnly ? "No open actions." : "No feedback yet."}
        pagination={{ label: "Pages of feedback", pageSize, onPage: setPage }}
      >
        {(page) => <FeedbackTable items={page.items} caption={openOnly ? "Open actions" : "All feedback"} />}
      </ListView>
    </>
  );
}
