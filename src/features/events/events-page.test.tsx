import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";

describe("Events page", () => {
  it("lists conferences and events upcoming first, filtered to those not meeting the target", async () => {
    await signInAs("events@example.org");
    const { user, history } = renderApp("/events");
    expect(await screen.findByRole("heading", { level: 1, name: "Events" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /^Conferences and events, \d+$/ });
    const kinds = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell")[1]?.textContent);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === "Conference" || kind === "Event")).toBe(true);

    await user.selectOptions(screen.getByLabelText("Patient voice on the agenda"), "not_met");
    await waitFor(() => expect(currentUrl(history)).toBe("/events?target=not_met"));
    await waitFor(() => {
      const rows = within(screen.getByRole("table", { name: /^Conferences and events, \d+$/ }))
        .getAllByRole("row")
        .slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(within(row).getAllByRole("cell")[3]).toHaveTextContent("Not met");
    });
  });

  it("lists only the events starting in a period from the URL, as a dashboard figure links to it", async () => {
    await signInAs("manager@example.org");
    const all = await apiJson<{ items: { startDate: string }[] }>("/api/work-items?agendaTarget=any&pageSize=100");
    const [from, to] = [all.items[0]?.startDate ?? "", all.items[0]?.startDate ?? ""];
    const expected = all.items.filter((item) => item.startDate === from).length;
    expect(expected).toBeLessThan(all.items.length);
    renderApp(`/events?from=${from}&to=${to}`);
    const table = await screen.findByRole("table", { name: `Conferences and events, ${expected}` });
    expect(within(table).getAllByRole("row")).toHaveLength(expected + 1);
    const range = screen.getByRole("group", { name: "Start date" });
    expect(within(range).getByLabelText("From")).toHaveValue(from);
    expect(within(range).getByLabelText("To")).toHaveValue(to);
  });

  it("shows speaker diversity for the chosen reporting year, as tables", async () => {
    await signInAs("manager@example.org");
    const { user, history } = renderApp("/events");
    const year = await screen.findByLabelText("Reporting year");
    await user.selectOptions(year, within(year).getAllByRole("option")[2] as HTMLOptionElement);
    await waitFor(() => expect(currentUrl(history)).toMatch(/^\/events\?year=\d{4}$/));
    expect(
      await screen.findByRole("region", { name: /^Speaker diversity, April \d{4} to March \d{4}$/ }),
    ).toBeInTheDocument();
  });
});
