import { Link } from "@tanstack/react-router";
import { dateText, SummaryItem, SummarySection } from "../../../components/ui/summary-list";
import { actionStatusLabels, type Feedback, feedbackChannelLabels } from "../../../shared/schemas/feedback";
import type { UserSummary } from "../../../shared/schemas/users";

type Props = {
  item: Feedback;
  users: readonly UserSummary[];
  /** The title of the work item it is about, when the page has it. */
  workItemTitle?: string | undefined;
};

/**
 * Feedback as read by a role that may not change it ("you said, we did"): who told us and
 * about what, what we were told, and the action, in words and UK dates. No form fields.
 */
export function FeedbackSummary({ item, users, workItemTitle }: Props) {
  const owner = users.find((u) => u.id === item.actionOwnerId)?.name;
  return (
    <SummarySection title="Feedback and action">
      <SummaryItem term="Received on">{dateText(item.receivedOn)}</SummaryItem>
      <SummaryItem term="Channel">{feedbackChannelLabels[item.channel]}</SummaryItem>
      <SummaryItem term="From" empty="Anonymous">
        {item.personId ? (
          <Link to="/people/$id" params={{ id: item.personId }}>
            The person who gave this feedback
          </Link>
        ) : null}
      </SummaryItem>
      <SummaryItem term="About" empty="No particular work item">
        {item.workItemId ? (
          <Link to="/work-items/$id" params={{ id: item.workItemId }}>
            {workItemTitle ?? "The work item it is about"}
          </Link>
        ) : null}
      </SummaryItem>
      <SummaryItem term="What we were told" text>
        {item.summary}
      </SummaryItem>
      <SummaryItem term="What we will do" empty="Not decided yet" text>
        {item.action}
      </SummaryItem>
      <SummaryItem term="Action owner" empty="No owner yet">
        {owner}
      </SummaryItem>
      <SummaryItem term="Due on" empty="No due date">
        {item.actionDueOn ? (
          <>
            {dateText(item.actionDueOn)}
            {item.overdue ? <span className="badge badge--overdue"> Overdue</span> : null}
          </>
        ) : null}
      </SummaryItem>
      <SummaryItem term="Action status">{actionStatusLabels[item.actionStatus]}</SummaryItem>
      {item.actionStatus === "wont_do" || item.wontDoReason.trim() ? (
        <SummaryItem term="Why we won't act on it" text>
          {item.wontDoReason}
        </SummaryItem>
      ) : null}
      <SummaryItem term="Told them back on" empty="Not yet">
        {dateText(item.toldBackOn)}
      </SummaryItem>
    </SummarySection>
  );
}
