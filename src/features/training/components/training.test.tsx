import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Staff training", () => {
  it("lets admin record a course for a member of staff, then find and delete it", async () => {
    await signInAs("admin@example.org");
    const { user, history } = renderApp("/training");
    await screen.findByRole("heading", { name: "Record training" });
    const staff = await screen.findByLabelText("Member of staff");
    await waitFor(() => expect(within(staff).getByRole("option", { name: "Kofi Brennard" })).toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "Record training" }));
    expect(await screen.findByText("Choose a member of staff")).toBeInTheDocument();
    await user.selectOptions(staff, "Kofi Brennard");
    await user.clear(screen.getByLabelText("Course"));
    await user.type(screen.getByLabelText("Course"), "Co-production in practice");
    await user.clear(screen.getByLabelText("Completed on"));
    await user.type(screen.getByLabelText("Completed on"), "2026-10-05");
    await user.click(screen.getByRole("button", { name: "Record training" }));
    expect(await screen.findByText("Recorded the training for Kofi Brennard.")).toBeInTheDocument();
    expect(screen.getByLabelText("Member of staff")).toHaveValue("");

    await user.selectOptions(screen.getByLabelText("Show records for"), "Kofi Brennard");
    await waitFor(() => expect(currentUrl(history)).toMatch(/^\/training\?userId=[0-9a-f-]{36}$/));
    const table = await screen.findByRole("table", { name: /^Training records, \d+$/ });
    const row = await within(table).findByRole("row", { name: /Co-production in practice/ });
    expect(within(row).getByRole("cell", { name: "5 Oct 2026" })).toBeInTheDocument();
    for (const other of within(table).getAllByRole("row").slice(1))
      expect(within(other).getAllByRole("cell")[0]).toHaveTextContent("Kofi Brennard");

    await user.click(within(row).getByRole("button", { name: "Delete Co-production in practice for Kofi Brennard" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete this training record?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete record" }));
    expect(await screen.findByText("Deleted the training record for Kofi Brennard.")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole("row", { name: /Co-production in practice/ })).not.toBeInTheDocument(),
    );
  });

  it("shows other roles the records, without the form or delete buttons", async () => {
    await signInAs("lead@example.org");
    renderApp("/training");
    const table = await screen.findByRole("table", { name: /^Training records, \d+$/ });
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
    expect(screen.queryByRole("heading", { name: "Record training" })).not.toBeInTheDocument();
    expect(within(table).queryByRole("button")).not.toBeInTheDocument();
  });
});
