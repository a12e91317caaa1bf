import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { formatShare } from "../../../lib/figures";
import type { Dashboard } from "../../../shared/schemas/metrics";

const label = "Paid within 30 days of taking part";

async function paidCard() {
  const list = await screen.findByRole("list", { name: "Headline figures" }, { timeout: 10_000 });
  const item = within(list).getByRole("heading", { name: label }).closest("li");
  if (!item) throw new Error("no card for the paid-within-30-days figure");
  return item;
}

describe("the paid within 30 days card", () => {
  it("shows the share, n of m, the 90% target and whether it is met", async () => {
    await signInAs("manager@example.org");
    const dashboard = await apiJson<Dashboard>("/metrics/dashboard?year=2025");
    const figure = dashboard.headlines.find((headline) => headline.key === "paidWithin30Days");
    // The demo's first year has people paid, on time and late.
    if (figure?.value === null || figure?.value === undefined) throw new Error("the demo has no payments in 2025");
    renderApp("/dashboard?year=2025");
    const card = await paidCard();
    expect(within(card).getByText(formatShare(figure.value))).toBeInTheDocument();
    expect(within(card).getByText(figure.detail ?? "")).toHaveTextContent(/^\d+ of \d+$/);
    expect(within(card).getByText("Target: 90%")).toBeInTheDocument();
    expect(within(card).getByText(figure.value >= 0.9 ? "Target met" : "Target not met")).toBeInTheDocument();
  });

  it("says there is nothing to pay yet, in place of a percentage, and no verdict", async () => {
    await signInAs("manager@example.org");
    renderApp("/dashboard?year=2045");
    const card = await paidCard();
    expect(within(card).getByText("No payments due yet")).toHaveClass("headline-card__value");
    expect(within(card).queryByText(/%$/, { selector: ".headline-card__value" })).not.toBeInTheDocument();
    expect(within(card).getByText("Target: 90%")).toBeInTheDocument();
    expect(within(card).queryByText(/^Target (not )?met$/)).not.toBeInTheDocument();
  });
});
