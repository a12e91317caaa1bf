import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatPence } from "../../../lib/money";
import type { WorkItemBudget } from "../../../shared/schemas/work-items";
import { workItemBudgetQuery } from "../api/queries";

type Props = {
  workItemId: string;
  /** The involvement decision's version (null: undecided; undefined: still loading): the budget is the decision's. */
  planVersion: number | null | undefined;
};

/** The involvement budget against what is committed and paid, with a warning when it is passed. */
export function BudgetPanel({ workItemId, planVersion }: Props) {
  const id = useId();
  const budget = useQuery(workItemBudgetQuery(workItemId, planVersion));
  return (
    <section className="work-item-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Budget</h2>
      {budget.isPending ? (
        <LoadingState label="Loading the budget…" />
      ) : budget.isError ? (
        <ErrorState title="The budget could not be loaded." onRetry={() => void budget.refetch()} />
      ) : (
        <BudgetFigures budget={budget.data} />
      )}
    </section>
  );
}

/** The four figures side by side (two by two in a narrow column): short, so the page stays short. */
export function BudgetFigures({ budget }: { budget: WorkItemBudget }) {
  const { budgetPence, committedPence, paidPence, remainingPence, budgetSet } = budget;
  const over = budgetSet && remainingPence < 0;
  const figures = [
    ["Budget", budgetSet ? formatPence(budgetPence) : "Not set"],
    ["Committed", formatPence(committedPence)],
    ["Paid", formatPence(paidPence)],
    ["Remaining", budgetSet ? formatPence(remainingPence) : "No budget"],
  ] as const;
  return (
    <>
      {over ? (
        <p className="form-alert form-alert--warning" role="status">
          Committed is {formatPence(-remainingPence)} over the budget
        </p>
      ) : null}
      {/* Committed: fees and expenses of people confirmed or who took part, unless they declined
          payment; paid: the part of it marked paid (as GET /api/work-items/:id/budget documents). */}
      <dl className="budget-figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
