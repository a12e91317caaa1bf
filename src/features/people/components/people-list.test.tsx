import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("People directory filters", () => {
  it("filters by lived experience, keeps the choice in the URL and shows only matching people", async () => {
    await signInAs("admin@example.org");
    const { user, history } = renderApp("/people");
    const filter = await screen.findByLabelText("Lived experience");
    await waitFor(() => expect(within(filter).getByRole("option", { name: "HIV" })).toBeInTheDocument());
    await user.selectOptions(filter, "HIV");

    await waitFor(() => expect(currentUrl(history)).toBe("/people?livedExperience=HIV"));
    const table = await screen.findByRole("table", { name: /^People, \d+$/ });
    await waitFor(() => {
      const rows = within(table).getAllByRole("row").slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(within(row).getAllByRole("cell")[2]?.textContent).toMatch(/\bHIV\b/);
    });
  });

  it("combines lived experience with perspective from a shared link", async () => {
    await signInAs("lead@example.org");
    renderApp("/people?livedExperience=HIV&perspective=carer");
    expect(await screen.findByLabelText("Lived experience")).toHaveValue("HIV");
    expect(screen.getByLabelText("Perspective")).toHaveValue("carer");
    const table = await screen.findByRole("table", { name: /^People, \d+$/ });
    for (const row of within(table).getAllByRole("row").slice(1)) {
      const [, perspectives, lived] = within(row).getAllByRole("cell");
      expect(perspectives?.textContent).toContain("Carer");
      expect(lived?.textContent).toMatch(/\bHIV\b/);
    }
  });

  it("shows a manager lived experience only as counts: no filter, no column, a shared link's filter not applied", async () => {
    await signInAs("manager@example.org");
    renderApp("/people?livedExperience=HIV");
    const table = await screen.findByRole("table", { name: /^People, \d+$/ }, { timeout: 10_000 });
    expect(
      screen.getByText("Your role sees lived experience only in aggregate, so this list is not filtered by “HIV”."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Perspective")).toBeInTheDocument();
    expect(screen.queryByLabelText("Lived experience")).not.toBeInTheDocument();
    expect(within(table).queryByRole("columnheader", { name: "Lived experience" })).not.toBeInTheDocument();
    // The whole directory, not those with the tag: the list is the unfiltered one.
    const everyone = await apiJson<{ total: number }>("/people?pageSize=1");
    expect(table).toHaveAccessibleName(`People, ${everyone.total}`);

    const counts = await screen.findByRole("table", { name: "People by lived experience" });
    const hiv = within(counts).getByRole("row", { name: /^HIV / });
    expect(within(hiv).getByRole("cell").textContent).toMatch(/^(about \d+|fewer than 5|0)$/);
    expect(
      screen.getByText(/Counts are rounded to the nearest 5; counts of 1 to 4 are not shown\./),
    ).toBeInTheDocument();
  });
});
