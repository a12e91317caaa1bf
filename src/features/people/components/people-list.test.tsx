import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("People directory filters", () => {
  it("filters by lived experience, keeps the choice in the URL and shows only matching people", async () => {
    await signInAs("manager@example.org");
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
});
