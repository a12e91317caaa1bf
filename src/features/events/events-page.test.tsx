import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";
import type { SpeakerDiversity } from "../../shared/schemas/equality";

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
    const all = await apiJson<{ items: { startDate: string }[] }>("/work-items?agendaTarget=any&pageSize=100");
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

  it("shows a reporting year's speaker diversity rounded, with shares said to be approximate and the note", async () => {
    await signInAs("manager@example.org");
    const figures = await apiJson<SpeakerDiversity>("/metrics/speaker-diversity?from=2026-04-01&to=2027-03-31");
    const female = figures.sex.find((row) => row.category === "female");
    expect(female?.count).toBeGreaterThanOrEqual(5);
    renderApp("/events?year=2026");
    const region = await screen.findByRole("region", { name: "Speaker diversity, April 2026 to March 2027" });
    const sex = await within(region).findByRole("table", { name: "Sex" });
    const row = within(sex).getByRole("row", { name: /^Female/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([String(female?.count), `about ${Math.round((female?.share ?? 0) * 100)}%`, "51.0%"]);
    expect(within(sex).getByRole("columnheader", { name: "Share of those who answered" })).toBeInTheDocument();
    const hidden = figures.ethnicity.filter((r) => r.suppressed).length;
    const ethnicity = within(region).getByRole("table", { name: "Ethnic group" });
    expect(within(ethnicity).queryAllByRole("cell", { name: "fewer than 5" })).toHaveLength(hidden * 2);
    expect(region).toHaveTextContent(`About ${figures.speakers} speaker places across ${figures.events} events`);
    expect(region).toHaveTextContent(
      "Counts are rounded to the nearest 5; counts of 1 to 4 are not shown. Shares come from the rounded counts, so they are approximate.",
    );
  });
});
