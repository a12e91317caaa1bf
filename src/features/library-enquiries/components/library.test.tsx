import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("Library enquiries", () => {
  it("logs an enquiry from a carer and the month's counts go up", async () => {
    await signInAs("lead@example.org");
    const { user } = renderApp("/library");
    const table = await screen.findByRole("table", { name: "Enquiries by month" });
    const row = () => within(table).getByRole("row", { name: /November 2026/ });
    const cells = () =>
      within(row())
        .getAllByRole("cell")
        .map((cell) => Number(cell.textContent));
    const [total, fromPublic] = cells() as [number, number];

    await user.clear(screen.getByLabelText("Received on"));
    await user.type(screen.getByLabelText("Received on"), "2026-11-10");
    await user.selectOptions(screen.getByLabelText("Requester"), "carer");
    await user.click(screen.getByRole("button", { name: "Log enquiry" }));
    expect(await screen.findByText("Enter the topic")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Topic"), "Support for young carers");
    await user.click(screen.getByRole("button", { name: "Log enquiry" }));
    expect(await screen.findByText("Logged the enquiry.")).toBeInTheDocument();
    await waitFor(() => expect(cells()).toEqual([total + 1, fromPublic + 1]));
    const log = screen.getByRole("table", { name: /^Library enquiries, \d+$/ });
    const logged = await within(log).findByRole("row", { name: /Support for young carers/ });
    expect(
      within(logged)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["10 Nov 2026", "Carer", "Support for young carers", "Email", "Not yet"]);
  });

  it("shows a manager the counts without the form", async () => {
    await signInAs("manager@example.org");
    renderApp("/library");
    expect(await screen.findByRole("table", { name: "Enquiries by month" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Log enquiry" })).not.toBeInTheDocument();
  });
});
