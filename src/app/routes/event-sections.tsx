import { Link } from "@tanstack/react-router";
import { AgendaSection } from "../../features/agenda/components/agenda-section";
import { DiversitySummary } from "../../features/agenda/components/diversity-summary";
import { EventDetailsSection } from "../../features/agenda/components/event-details-form";
import { BursariesSection } from "../../features/bursaries/components/bursaries-section";
import { canManageEvents, canSeePersonalDetails } from "../../shared/permissions";
import type { SessionUser } from "../../shared/schemas/users";

type Props = { workItemId: string; startDate: string; user: SessionUser };

/** What a conference or event adds to its work item page: agenda and target, advice, bursaries, diversity. */
export function EventSections({ workItemId, startDate, user }: Props) {
  const canManage = canManageEvents(user);
  return (
    <>
      <p className="plan-section">
        <Link to="/work-items/$id/report" params={{ id: workItemId }}>
          Conference report
        </Link>{" "}
        <span className="meta">(agenda, target, bursaries and speaker diversity, ready to print)</span>
      </p>
      <div className="plan-section">
        <AgendaSection workItemId={workItemId} startDate={startDate} canManage={canManage} />
      </div>
      <div className="plan-section">
        <EventDetailsSection workItemId={workItemId} canManage={canManage} />
      </div>
      <div className="plan-section">
        <BursariesSection workItemId={workItemId} canManage={canManage} withCare={canSeePersonalDetails(user)} />
      </div>
      <div className="plan-section">
        <DiversitySummary scope={{ workItemId }} title="Speaker diversity" />
      </div>
    </>
  );
}
