import { formatDate } from "../../../lib/format";
import { formatPence } from "../../../shared/money-text";
import {
  type InvolvementPlan,
  involvementLevelLabels,
  involvementRoleLabels,
} from "../../../shared/schemas/involvement-plans";

/** The decision as read by someone who may not change it. */
export function InvolvementPlanSummary({ plan }: { plan: InvolvementPlan | null }) {
  return (
    <section className="work-item-form" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">Involvement decision</h2>
      {plan ? (
        <dl className="summary-list">
          <dt>Considered</dt>
          <dd>{plan.considered ? `Yes, on ${formatDate(plan.consideredOn)}` : "No"}</dd>
          <dt>Planned level</dt>
          <dd>{involvementLevelLabels[plan.level]}</dd>
          <dt>Planned roles</dt>
          <dd>{plan.roles.length ? plan.roles.map((r) => involvementRoleLabels[r]).join(", ") : "—"}</dd>
          <dt>Involvement budget</dt>
          <dd>{formatPence(plan.budgetPence)}</dd>
          {plan.reason ? (
            <>
              <dt>Reason</dt>
              <dd>{plan.reason}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>Undecided: no involvement decision has been recorded yet.</p>
      )}
    </section>
  );
}
