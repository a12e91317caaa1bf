import { Link, useParams } from "@tanstack/react-router";
import { ConferenceAgenda } from "../../features/reports/components/conference-agenda";
import { ConferenceDiversity } from "../../features/reports/components/conference-diversity";
import {
  ConferenceAdvice,
  ConferenceBursaries,
  ConferenceTarget,
} from "../../features/reports/components/conference-sections";
import { WorkItemReport } from "../../features/reports/components/work-item-report";
import { isEventKind } from "../../shared/permissions";

/** The printable report of one conference or event: agenda, target, advice, bursaries and speaker diversity. */
export function ConferenceReportPage() {
  const { id } = useParams({ from: "/authed/work-items/$id/report" });
  return (
    <WorkItemReport
      id={id}
      name="Conference report"
      loadingLabel="Loading the report…"
      errorTitle="The report could not be loaded."
      backTo={<Link to="/events">Events</Link>}
      applies={isEventKind}
      notApplicable={{
        scope: "Conference reports are for conferences and events.",
        so: "it has no agenda, bursaries or speakers to report.",
      }}
    >
      {(item) => (
        <>
          <ConferenceAgenda workItemId={item.id} />
          <ConferenceTarget workItemId={item.id} />
          <ConferenceAdvice workItemId={item.id} />
          <ConferenceBursaries workItemId={item.id} />
          <ConferenceDiversity workItemId={item.id} />
        </>
      )}
    </WorkItemReport>
  );
}
