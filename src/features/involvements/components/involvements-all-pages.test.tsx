import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../../tests/setup/render-app";

describe("People involved, past the API's largest page", () => {
  it("lists every involvement of a work item, not only the first hundred", async () => {
    const me = await signInAs("lead@example.org");
    const teams = await apiJson<{ items: { id: string }[] }>("/teams");
    const item = await apiJson<{ id: string }>("/work-items", {
      method: "POST",
      body: JSON.stringify({
        title: "Large listening event",
        kind: "event",
        teamId: teams.items[0]?.id,
        leadId: me.id,
        startDate: "2026-10-01",
        status: "planned",
      }),
    });
    const person = await apiJson<{ id: string }>("/people", {
      method: "POST",
      body: JSON.stringify({ name: "Tamsin Greenacre", perspectives: ["carer"] }),
    });
    const count = 103;
    for (let i = 0; i < count; i++) {
      await apiJson("/involvements", {
        method: "POST",
        body: JSON.stringify({ workItemId: item.id, personId: person.id, role: "advisory_group", status: "invited" }),
      });
    }
    renderApp(`/work-items/${item.id}`);
    const section = await screen.findByRole("region", { name: "People involved" }, { timeout: 10_000 });
    const table = await within(section).findByRole("table", { name: `People involved, ${count}` }, { timeout: 10_000 });
    expect(within(table).getAllByRole("row")).toHaveLength(count + 1);
  }, 30_000);
});
