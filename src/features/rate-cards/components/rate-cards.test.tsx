import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Rate cards page", () => {
  it("lets admin add a rate, and names a clash with a rate of the same activity and date at its field", async () => {
    await signInAs("admin@example.org");
    const { user } = renderApp("/admin/rate-cards");
    await screen.findByRole("heading", { level: 1, name: "Rate cards" }, { timeout: 10_000 });
    const table = await screen.findByRole("table", { name: /^Rates, \d+$/ });
    // The demo's Half day rise: both rates listed, newest first.
    const halfDays = within(table).getAllByRole("row", { name: /^Half day/ });
    expect(halfDays.map((row) => row.textContent)).toEqual([
      expect.stringContaining("£80.00"),
      expect.stringContaining("£75.00"),
    ]);

    const add = screen.getByRole("form", { name: "Add a rate" });
    await user.type(within(add).getByLabelText("Activity"), "Half day");
    await user.type(within(add).getByLabelText("Amount (£)"), "85");
    await user.clear(within(add).getByLabelText("Effective from"));
    await user.type(within(add).getByLabelText("Effective from"), "2026-04-01");
    await user.click(within(add).getByRole("button", { name: "Add rate" }));
    expect(await within(add).findByText("There is already a rate for Half day from this date")).toBeInTheDocument();

    await user.clear(within(add).getByLabelText("Effective from"));
    await user.type(within(add).getByLabelText("Effective from"), "2027-04-01");
    await user.click(within(add).getByRole("button", { name: "Add rate" }));
    expect(await screen.findByText("Added £85.00 for Half day from 1 Apr 2027.")).toBeInTheDocument();
    expect(
      await within(table).findByRole("row", { name: /^Half day Per session £85\.00 1 Apr 2027/ }),
    ).toBeInTheDocument();
  });

  it("shows a lead the rates to read, with nothing to change", async () => {
    await signInAs("lead@example.org");
    renderApp("/admin/rate-cards");
    const table = await screen.findByRole("table", { name: /^Rates, \d+$/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
    expect(screen.queryByRole("form", { name: "Add a rate" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Change / })).not.toBeInTheDocument();
  });
});
