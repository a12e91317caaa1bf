import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../../tests/setup/render-app";
import { disabledFields, summaryHasTerm, summaryValue } from "../../../../tests/setup/summary";

describe("People involved in a work item", () => {
  it("adds a new patient inline, confirms them only once the brief is written, then marks took part with impact", async () => {
    const me = await signInAs("lead@example.org");
    const teams = await apiJson<{ items: { id: string }[] }>("/teams");
    const item = await apiJson<{ id: string }>("/work-items", {
      method: "POST",
      body: JSON.stringify({
        title: "Study of HIV services",
        kind: "research",
        teamId: teams.items[0]?.id,
        leadId: me.id,
        startDate: "2026-09-01",
        status: "in_progress",
      }),
    });
    const { user, history } = renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "People involved" }, { timeout: 10_000 });
    expect(await within(section).findByText("Nobody is recorded yet.")).toBeInTheDocument();

    const add = within(section).getByRole("form", { name: "Add a person" });
    await user.click(within(add).getByRole("radio", { name: "Someone new" }));
    await user.click(within(add).getByRole("button", { name: "Add to this work item" }));
    expect(await within(add).findByText("Enter the new person's name")).toBeInTheDocument();
    expect(within(add).getByLabelText("Role")).toHaveAccessibleDescription(/Choose a role/);

    await user.type(within(add).getByLabelText("New person's name"), "Ola Brightwater");
    await user.selectOptions(within(add).getByLabelText("Perspective"), "patient");
    await user.selectOptions(within(add).getByLabelText("Role"), "advisory_group");
    await user.click(within(add).getByRole("button", { name: "Add to this work item" }));
    expect(await screen.findByText("Added Ola Brightwater to this work item.")).toBeInTheDocument();
    const row = await within(section).findByRole("row", { name: /Ola Brightwater/ });
    expect(row).toHaveTextContent("Invited");
    expect(currentUrl(history)).toBe(`/work-items/${item.id}`);

    await user.click(within(row).getByRole("link", { name: /Edit/ }));
    await screen.findByRole("heading", { level: 1, name: /Ola Brightwater/ }, { timeout: 10_000 });
    const status = screen.getByLabelText("Status");
    await user.selectOptions(status, "confirmed");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Say what we ask of them before confirming")).toBeInTheDocument();
    expect(screen.getByText("Say what they can expect of us before confirming")).toBeInTheDocument();

    await user.type(screen.getByLabelText("What we ask of them"), "Join four advisory meetings and review the survey.");
    await user.type(
      screen.getByLabelText("What they can expect of us"),
      "£150 a meeting, travel booked, and feedback on changes.",
    );
    await user.type(screen.getByLabelText("Fee (£)"), "600");
    await user.click(screen.getByRole("checkbox", { name: "Briefing" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved the involvement of Ola Brightwater.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Status"), "took_part");
    await user.type(screen.getByLabelText("Impact"), "The survey now asks about stigma at the pharmacy.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () => {
      const stored = await apiJson<{
        items: { status: string; impact: string; feePence: number; support: string[] }[];
      }>(`/involvements?workItemId=${item.id}`);
      expect(stored.items[0]).toMatchObject({
        status: "took_part",
        impact: "The survey now asks about stigma at the pharmacy.",
        feePence: 60_000,
        support: ["briefing"],
      });
    });
  });

  it("lists every involvement a person has had on their page", async () => {
    await signInAs("manager@example.org");
    const some = await apiJson<{ items: { personId: string; workItemTitle: string }[] }>("/involvements?pageSize=1");
    const first = some.items[0] as { personId: string; workItemTitle: string };
    const all = await apiJson<{ total: number }>(`/involvements?personId=${first.personId}`);
    renderApp(`/people/${first.personId}`);
    const section = await screen.findByRole("region", { name: "Involvements" });
    await waitFor(() => expect(within(section).getAllByRole("row")).toHaveLength(all.total + 1));
    expect(within(section).getAllByRole("link", { name: first.workItemTitle }).length).toBeGreaterThan(0);
  });

  it("shows a manager an involvement without the support offered (health and care needs)", async () => {
    await signInAs("manager@example.org");
    const some = await apiJson<{ items: { id: string; personName: string }[] }>("/involvements?pageSize=1");
    const first = some.items[0] as { id: string; personName: string };
    renderApp(`/involvements/${first.id}`);
    expect(await screen.findByText("Your role can view this involvement but not change it.")).toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "The involvement" });
    expect(within(summaryValue(summary, "Person")).getByRole("link", { name: first.personName })).toBeInTheDocument();
    expect(screen.queryByLabelText("Role")).not.toBeInTheDocument();
    expect(disabledFields(document.body)).toEqual([]);
    expect(summaryHasTerm(summary, "Support offered")).toBe(false);
    expect(screen.queryByRole("group", { name: "Support offered" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Care costs covered" })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain("Care costs covered");
    expect(document.body.textContent).not.toContain("undefined");
  });
});
