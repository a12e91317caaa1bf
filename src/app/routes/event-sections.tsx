import { Link } from "@tanstack/react-router";
import type { PageSection } from "../../components/ui/on-this-page";
import { AgendaSection } from "../../features/agenda/components/agenda-section";
import { DiversitySummary } from "../../features/agenda/components/diversity-summary";
import { EventDetailsSection } from "../../features/agenda/components/event-details-form";
import { BursariesSection } from "../../features/bursaries/components/bursaries-section";
import { canManageEvents, canSeePersonalDetails } from "../../shared/permissions";
import type { SessionUser } from "../../shared/schemas/users";

type Props = { workItemId: string; startDate: string; user: SessionUser };

/** The sections `EventSections` adds, in its order, for the page's "On this page". */
export const eventPageSections: readonly PageSection[] = [
  { id: "agenda", label: "Agenda" },
  { id: "event-details", label: "Speaker advice and bursary places" },
  { id: "speaker-diversity", label: "Speaker diversity" },
  { id: "bursaries", label: "Bursaries" },
];

/** The printable conference report, linked near the top of a conference's or event's page. */
export function ConferenceReportLink({ workItemId }: { workItemId: string }) {
  return (
    <p>
      <Link to="/work-items/$id/report" params={{ id: workItemId }}>
        Conference report
      </Link>{" "}
      <span className="meta">(agenda, target, bursaries and speaker diversity, ready to print)</span>
    </p>
  );
}

/**
 * What a conference or event adds to its work item page: agenda and target, advice, speaker
 * diversity and bursaries. Parts of the page's grid: the agenda across the page (its sessions in
 * columns, its two forms side by side), advice beside speaker diversity, then the bursaries (a
 * wide table) across the page.
 */
export function EventSections({ workItemId, startDate, user }: Props) {
  const canManage = canManageEvents(user);
  return (
    <>
      <div id="agenda" className="item-page__part item-page__part--wide">
        <AgendaSection workItemId={workItemId} startDate={startDate} canManage={canManage} />
      </div>
      <div id="event-details" className="item-page__part">
        <EventDetailsSection workItemId={workItemId} canManage={canManage} />
      </div>
      <div id="speaker-diversity" className="item-page__part">
        <DiversitySummary scope={{ workItemId }} title="Speaker diversity" collapsible />
      </div>
      <div id="bursaries" className="item-page__part item-page__part--wide">
        <BursariesSection workItemId={workItemId} canManage={canManage} withCare={canSeePersonalDetails(user)} />
      </div>
    </>
  );
}
