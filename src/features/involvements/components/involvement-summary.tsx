import { Link } from "@tanstack/react-router";
import { dateText, labelled, SummaryItem, SummarySection } from "../../../components/ui/summary-list";
import { formatPence } from "../../../shared/money-text";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import {
  type Involvement,
  involvementStatusLabels,
  paymentStatusLabels,
  supportLabels,
} from "../../../shared/schemas/involvements";

type Props = {
  involvement: Involvement;
  /** Whether this role sees the support offered (health and care needs; managers do not). */
  withSupport: boolean;
};

const pounds = (pence: number | null) => (pence === null ? null : formatPence(pence));

/**
 * An involvement as read by a role that may not change it: who, in what, the brief, the money
 * in pounds and what changed; the support offered only to a role that may see it. No form fields.
 */
export function InvolvementSummary({ involvement, withSupport }: Props) {
  return (
    <SummarySection title="The involvement">
      <SummaryItem term="Person">
        <Link to="/people/$id" params={{ id: involvement.personId }}>
          {involvement.personName}
        </Link>
      </SummaryItem>
      <SummaryItem term="Work item">
        <Link to="/work-items/$id" params={{ id: involvement.workItemId }}>
          {involvement.workItemTitle}
        </Link>
      </SummaryItem>
      <SummaryItem term="Role">{involvementRoleLabels[involvement.role]}</SummaryItem>
      <SummaryItem term="Status">{involvementStatusLabels[involvement.status]}</SummaryItem>
      <SummaryItem term="From">{dateText(involvement.startDate)}</SummaryItem>
      <SummaryItem term="To">{dateText(involvement.endDate)}</SummaryItem>
      <SummaryItem term="Hours">{involvement.hours === null ? null : String(involvement.hours)}</SummaryItem>
      <SummaryItem term="What we ask of them" text>
        {involvement.ask}
      </SummaryItem>
      <SummaryItem term="What they can expect of us" text>
        {involvement.expectations}
      </SummaryItem>
      {withSupport ? (
        <SummaryItem term="Support offered" empty="None recorded">
          {labelled(involvement.support, supportLabels)}
        </SummaryItem>
      ) : null}
      <SummaryItem term="Activity" empty="None">
        {involvement.rateActivity}
      </SummaryItem>
      <SummaryItem term="Quantity">{involvement.quantity === null ? null : String(involvement.quantity)}</SummaryItem>
      <SummaryItem term="Fee">{pounds(involvement.feePence)}</SummaryItem>
      <SummaryItem term="Reason the fee differs" empty="None given" text>
        {involvement.feeReason}
      </SummaryItem>
      <SummaryItem term="Expenses">{pounds(involvement.expensesPence)}</SummaryItem>
      <SummaryItem term="Payment status">{paymentStatusLabels[involvement.paymentStatus]}</SummaryItem>
      <SummaryItem term="Paid on">{dateText(involvement.paidOn)}</SummaryItem>
      <SummaryItem term="Their feedback" text>
        {involvement.feedback}
      </SummaryItem>
      <SummaryItem term="Impact" empty="Not recorded yet" text>
        {involvement.impact}
      </SummaryItem>
    </SummarySection>
  );
}
