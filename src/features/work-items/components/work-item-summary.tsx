import { dateText, SummaryItem, SummarySection } from "../../../components/ui/summary-list";
import type { Team } from "../../../shared/schemas/team";
import type { UserSummary } from "../../../shared/schemas/users";
import { workItemKindLabels, workItemStatusLabels } from "../../../shared/schemas/work-items";
import type { WorkItemFormValues } from "./work-item-form";

type Props = {
  item: WorkItemFormValues;
  teams: readonly Team[];
  users: readonly UserSummary[];
};

const nameOf = (list: readonly { id: string; name: string }[], id: string | undefined) =>
  list.find((entry) => entry.id === id)?.name;

/** A work item as read by a role that may not change it: its details in words, UK dates, no form. */
export function WorkItemSummary({ item, teams, users }: Props) {
  return (
    <SummarySection title="Work item details">
      <SummaryItem term="Title">{item.title}</SummaryItem>
      <SummaryItem term="Kind">{workItemKindLabels[item.kind]}</SummaryItem>
      <SummaryItem term="Status">{workItemStatusLabels[item.status]}</SummaryItem>
      <SummaryItem term="Team">{nameOf(teams, item.teamId)}</SummaryItem>
      <SummaryItem term="Lead">{nameOf(users, item.leadId)}</SummaryItem>
      <SummaryItem term="Start date">{dateText(item.startDate)}</SummaryItem>
      <SummaryItem term="End date" empty="Not set">
        {dateText(item.endDate)}
      </SummaryItem>
      <SummaryItem term="Summary" empty="No summary" text>
        {item.summary}
      </SummaryItem>
    </SummarySection>
  );
}
