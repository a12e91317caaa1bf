import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { DownloadCsv } from "../../../components/ui/download-csv";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states";
import { bursarySummaryQuery, eventBursariesQuery } from "../api/bursaries";
import { AddBursaryForm } from "./add-bursary-form";
import { BursariesTable } from "./bursaries-table";
import { BursarySummary } from "./bursary-summary";

/**
 * The bursaries of a conference or event: places and spend against what was set aside,
 * the funnel, each bursary with its history, and (for the events team) moving them on
 * and adding new ones.
 */
type Props = {
  workItemId: string;
  canManage: boolean;
  /** Whether this role sees each bursary's care costs and total (managers do not). */
  withCare: boolean;
};

export function BursariesSection({ workItemId, canManage, withCare }: Props) {
  const titleId = useId();
  const summary = useQuery(bursarySummaryQuery(workItemId));
  const list = useQuery(eventBursariesQuery(workItemId));
  return (
    <section className="work-item-form" aria-labelledby={titleId}>
      <h2 id={titleId}>Bursaries</h2>
      {summary.isPending ? (
        <LoadingState label="Loading the bursary summary…" />
      ) : summary.isError ? (
        <ErrorState title="The bursary summary could not be loaded." onRetry={() => void summary.refetch()} />
      ) : (
        <BursarySummary summary={summary.data} />
      )}
      {list.isPending ? (
        <LoadingState label="Loading the bursaries…" />
      ) : list.isError ? (
        <ErrorState title="The bursaries could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <EmptyState title="No bursaries yet." />
      ) : (
        <>
          <BursariesTable
            bursaries={list.data.items}
            total={list.data.total}
            canManage={canManage}
            withCare={withCare}
          />
          <div className="list-actions">
            <DownloadCsv name="bursaries" query={{ workItemId }} />
          </div>
        </>
      )}
      {canManage ? <AddBursaryForm workItemId={workItemId} /> : null}
    </section>
  );
}
