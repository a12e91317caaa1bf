import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { usePageTitle } from "../../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { isProblem } from "../../../lib/api-client";
import { type WorkItem, workItemKindLabels } from "../../../shared/schemas/work-items";
import { reportWorkItemQuery } from "../api/reports";
import { ReportFacts } from "./report-facts";
import { ReportHeader } from "./report-header";

type Props = {
  id: string;
  /** The report's name: the page title and heading, before the item's title. */
  name: string;
  loadingLabel: string;
  errorTitle: string;
  /** Where a missing item sends the reader back to. */
  backTo: ReactNode;
  /** Whether this kind of work has this report. */
  applies: (kind: WorkItem["kind"]) => boolean;
  /** Why another kind has no such report: what the report is for, then what follows ("so …"). */
  notApplicable: { scope: string; so: string };
  /** What the report says about the item (after its title and facts). */
  children: (item: WorkItem) => ReactNode;
};

/** A printable report of one work item: loading, not found, the wrong kind of work, then the report itself. */
export function WorkItemReport({
  id,
  name,
  loadingLabel,
  errorTitle,
  backTo,
  applies,
  notApplicable,
  children,
}: Props) {
  const item = useQuery(reportWorkItemQuery(id));
  usePageTitle(isProblem(item.error, 404) ? "Work item not found" : item.data ? `${name}: ${item.data.title}` : name);

  if (item.isPending) return <LoadingState label={loadingLabel} />;
  if (item.isError && isProblem(item.error, 404)) {
    return (
      <>
        <h1>Work item not found</h1>
        <p>It may have been deleted. Go back to {backTo}.</p>
      </>
    );
  }
  if (item.isError) {
    return <ErrorState title={errorTitle} onRetry={() => void item.refetch()} />;
  }

  const current = item.data;
  const back = (
    <p className="breadcrumb no-print">
      <Link to="/work-items/$id" params={{ id: current.id }}>
        {current.title}
      </Link>
    </p>
  );
  if (!applies(current.kind)) {
    return (
      <>
        {back}
        <h1>{name}</h1>
        <p className="notice">
          {notApplicable.scope} “{current.title}” is {workItemKindLabels[current.kind].toLowerCase()} work, so{" "}
          {notApplicable.so}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <ReportHeader title={`${name}: ${current.title}`}>
        <ReportFacts item={current} />
      </ReportHeader>
      {children(current)}
    </>
  );
}
