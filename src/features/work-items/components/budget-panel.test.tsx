import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { formatPence } from "../../../lib/money";
import type { WorkItemBudget } from "../../../shared/schemas/work-items";

type Row = { id: string; title: string; planLevel: string | null };
type Budget = WorkItemBudget;

/** The demo's work items with their budgets, as the API reads them. */
async function budgets() {
  const list = await apiJson<{ items: Row[] }>("/work-items?pageSize=100");
  return Promise.all(
    list.items.map(async (item) => ({ item, budget: await apiJson<Budget>(`/work-items/${item.id}/budget`) })),
  );
}

const budgetRegion = () => screen.findByRole("region", { name: "Budget" }, { timeout: 10_000 });

describe("the Budget panel on a work item", () => {
  it("warns when committed passes the budget, and stops once the decision's budget is raised", async () => {
    await signInAs("admin@example.org");
    const over = (await budgets()).find(({ budget }) => budget.budgetSet && budget.remainingPence < 0);
    if (!over) throw new Error("the demo has no over-committed work item");
    const { budgetPence, committedPence, paidPence } = over.budget;
    const { user } = renderApp(`/work-items/${over.item.id}`);

    const region = await budgetRegion();
    const warning = await within(region).findByText(
      `Committed is ${formatPence(committedPence - budgetPence)} over the budget`,
    );
    // Said to a screen reader without taking focus.
    expect(warning).toHaveAttribute("role", "status");
    const figures = Object.fromEntries(
      within(region)
        .getAllByRole("term")
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(figures).toEqual({
      Budget: formatPence(budgetPence),
      Committed: formatPence(committedPence),
      Paid: formatPence(paidPence),
      Remaining: formatPence(budgetPence - committedPence),
    });

    // The budget is the involvement decision's: raise it there, and the panel follows.
    const decision = screen.getByRole("form", { name: "Involvement decision" });
    const field = within(decision).getByLabelText("Involvement budget (£)");
    await user.clear(field);
    await user.type(field, String(committedPence / 100 + 100));
    await user.click(within(decision).getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Saved the involvement decision.")).toBeInTheDocument();
    await waitFor(() => expect(within(region).getByText("Remaining").nextElementSibling).toHaveTextContent("£100.00"));
    expect(within(region).queryByText(/over the budget/)).not.toBeInTheDocument();
  });

  it("shows an undecided item's commitments with no budget to measure them against", async () => {
    await signInAs("manager@example.org");
    const undecided = (await budgets()).find(({ item }) => item.planLevel === null);
    if (!undecided) throw new Error("the demo has no undecided work item");
    renderApp(`/work-items/${undecided.item.id}`);
    const region = await budgetRegion();
    expect((await within(region).findByText("Budget", { selector: "dt" })).nextElementSibling).toHaveTextContent(
      "Not set",
    );
    expect(within(region).getByText("Remaining").nextElementSibling).toHaveTextContent("No budget");
    expect(within(region).getByText("Committed").nextElementSibling).toHaveTextContent(
      formatPence(undecided.budget.committedPence),
    );
    expect(within(region).queryByText(/over the budget/)).not.toBeInTheDocument();
  });
});
