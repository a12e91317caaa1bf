import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { reportWorkItemQuery } from "../../features/reports/api/reports";
import { ConferenceAgenda } from "../../features/reports/components/conference-agenda";
import { ConferenceDiversity } from "../../features/reports/components/conference-diversity";
import {
  ConferenceAdvice,
  ConferenceBursaries,
  ConferenceTarget,
} from "../../features/reports/components/conference-sections";
import { ReportFacts } from "../../features/reports/components/report-facts";
import { ReportHeader } from "../../features/reports/components/report-header";
import { isProblem } from "../../lib/api-client";
import { isEventKind } from "../../shared/permissions";
import { workItemKindLabels } from "../../shared/schemas/work-item";

/** The printable report of one conference or event: agenda, target, advice, bursaries and speaker diversity. */
export function ConferenceReportPage() {
  const { id } = useParams({ from: "/authed/work-items/$id/report" });
  const item = useQuery(reportWorkItemQuery(id));
  usePageTitle(item.data ? `Conference report: ${item.data.title}` : "Conference report");

  if (item.isPending) return <LoadingState label="Loading the report…" />;
  if (item.isError && isProblem(item.error, 404)) {
    return (
      <>
        <h1>Work item not found</h1>
        <p>
          It may have been deleted. Go back to <Link to="/events">Events</Link>.
        </p>
      </>
    );
  }
  if (item.isError) {
    return <ErrorState title="The report could not be loaded." onRetry={() => void item.refetch()} />;
  }

  const current = item.data;
  const back = (
    <p className="breadcrumb no-print">
      <Link to="/work-items/$id" params={{ id: current.id }}>
        {current.title}
      </Link>
    </p>
  );
  if (!isEventKind(current.kind)) {
    return (
      <>
        {back}
        <h1>Conference report</h1>
        <p className="notice">
          Conference reports are for conferences and events. “{current.title}” is{" "}
          {workItemKindLabels[current.kind].toLowerCase()} work, so it has no agenda, bursaries or speakers to report.
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <ReportHeader title={`Conference report: ${current.title}`}>
        <ReportFacts item={current} />
      </ReportHeader>
      <ConferenceAgenda workItemId={current.id} />
      <ConferenceTarget workItemId={current.id} />
      <ConferenceAdvice workItemId={current.id} />
      <ConferenceBursaries workItemId={current.id} />
      <ConferenceDiversity workItemId={current.id} />
    </>
  );
}
