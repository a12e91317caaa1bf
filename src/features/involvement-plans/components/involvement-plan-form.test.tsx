import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";

type Row = { id: string; title: string; leadId: string; planLevel: string | null };

const decisionForm = () => screen.getByRole("form", { name: "Involvement decision" });

describe("Involvement decision", () => {
  it("refuses None without a reason, keeps the input, then records it with one", async () => {
    const me = await signInAs("lead@example.org");
    const undecided = await apiJson<{ items: Row[] }>("/work-items?plan=undecided&pageSize=100");
    const item = undecided.items.find((i) => i.leadId === me.id);
    if (!item) throw new Error("the demo data has no undecided item for the lead");

    const { user } = renderApp(`/work-items/${item.id}`);
    const form = await screen.findByRole("form", { name: "Involvement decision" }, { timeout: 10_000 });
    expect(form).toHaveTextContent("No decision is recorded yet");

    await user.selectOptions(within(form).getByLabelText("Planned level"), "none");
    await user.type(within(form).getByLabelText("Involvement budget (£)"), "abc");
    await user.click(within(form).getByRole("button", { name: "Record decision" }));
    expect(await within(form).findByText("Give the reason for not involving anyone")).toBeInTheDocument();
    expect(within(form).getByText("Enter an amount in pounds, like 1500 or 1,500.50")).toBeInTheDocument();
    expect(within(form).getByLabelText("Planned level")).toHaveValue("none");

    await user.clear(within(form).getByLabelText("Involvement budget (£)"));
    await user.type(
      within(form).getByLabelText("Reason"),
      "A staff-only finance process; the patient panel agreed no involvement is needed.",
    );
    await user.click(within(form).getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Saved the involvement decision.")).toBeInTheDocument();

    const stored = await apiJson<{ level: string; reason: string; version: number }>(`/work-items/${item.id}/plan`);
    expect(stored).toMatchObject({ level: "none", version: 1 });
    const after = await apiJson<{ items: Row[] }>("/work-items?plan=undecided&pageSize=100");
    expect(after.items.map((i) => i.id)).not.toContain(item.id);
  });

  it("records roles and a budget in pounds, and replaces the decision with its version", async () => {
    const me = await signInAs("lead@example.org");
    const list = await apiJson<{ items: Row[] }>("/work-items?pageSize=100");
    const item = list.items.find((i) => i.leadId === me.id && i.planLevel !== null);
    if (!item) throw new Error("no decided item for the lead");
    const before = await apiJson<{ version: number }>(`/work-items/${item.id}/plan`);

    const { user } = renderApp(`/work-items/${item.id}`);
    await screen.findByRole("form", { name: "Involvement decision" }, { timeout: 10_000 });
    await user.selectOptions(within(decisionForm()).getByLabelText("Planned level"), "co_produce");
    const budget = within(decisionForm()).getByLabelText("Involvement budget (£)");
    await user.clear(budget);
    await user.type(budget, "1,250.50");
    const coResearcher = within(decisionForm()).getByRole("checkbox", { name: "Co-researcher" });
    if (!(coResearcher as HTMLInputElement).checked) await user.click(coResearcher);
    await user.click(within(decisionForm()).getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Saved the involvement decision.")).toBeInTheDocument();

    const stored = await apiJson<{ level: string; budgetPence: number; roles: string[]; version: number }>(
      `/work-items/${item.id}/plan`,
    );
    expect(stored).toMatchObject({ level: "co_produce", budgetPence: 125_050, version: before.version + 1 });
    expect(stored.roles).toContain("co_researcher");
    await waitFor(() => expect(within(decisionForm()).getByLabelText("Involvement budget (£)")).toHaveValue("1250.50"));
  });

  it("shows a manager the decision without a form", async () => {
    await signInAs("manager@example.org");
    const list = await apiJson<{ items: Row[] }>("/work-items?plan=involve&pageSize=1");
    const item = list.items[0] as Row;
    renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "Involvement decision" }, { timeout: 10_000 });
    expect(within(section).getByText("Involve")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record decision" })).not.toBeInTheDocument();
  });
});
