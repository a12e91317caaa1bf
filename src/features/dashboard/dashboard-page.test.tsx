import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerWith, server, serverError } from "../../../tests/setup/msw";
import { apiJson, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";
import { formatFigure } from "../../lib/figures";
import { reportingYear, reportingYearOf } from "../../shared/reporting-year";
import type { Dashboard, Headline } from "../../shared/schemas/metrics";
import type { Team } from "../../shared/schemas/team";
import { workItemKinds } from "../../shared/schemas/work-items";

const thisYear = reportingYearOf(new Date().toISOString().slice(0, 10));

/** The "decided" figure as the API gives it, so the test follows the API's wording. */
async function decidedFigure(query: string) {
  const dashboard = await apiJson<Dashboard>(`/metrics/dashboard?${query}`);
  const decided = dashboard.headlines.find((headline) => headline.key === "decided");
  if (!decided) throw new Error("no decided headline");
  return decided;
}

/** A headline card, found by its heading. */
const card = (label: string) => {
  const list = screen.getByRole("list", { name: "Headline figures" });
  const item = within(list).getByRole("heading", { name: label }).closest("li");
  if (!item) throw new Error(`no card for ${label}`);
  return item;
};

/** The big figure as the card should show it. */
const shown = (headline: Headline) => (headline.value === null ? "—" : formatFigure(headline.unit, headline.value));

const period = () => screen.getByText(/compared with/).closest("p");

describe("Dashboard page", () => {
  it("shows headline figures for the reporting year, and follows the filters in the URL", async () => {
    await signInAs("manager@example.org");
    const decided = await decidedFigure(`year=${thisYear}`);
    expect(decided.label).toBe("Work items with an involvement decision");
    const { user, history } = renderApp("/dashboard");

    expect(await screen.findByRole("heading", { level: 1, name: "Dashboard" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Headline figures" });
    expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(1);
    expect(within(card(decided.label)).getByText(shown(decided))).toBeInTheDocument();
    expect(within(card(decided.label)).getByText(decided.detail ?? "")).toBeInTheDocument();
    expect(card(decided.label)).toHaveTextContent("Target: 100%");
    expect(card(decided.label)).toHaveTextContent(decided.definition);
    expect(period()).toHaveTextContent(
      `${reportingYear(thisYear).label}, compared with ${reportingYear(thisYear - 1).label}`,
    );
    // The default year stays out of the URL.
    expect(screen.getByLabelText("Reporting year")).toHaveValue(String(thisYear));
    expect(currentUrl(history)).toBe("/dashboard");

    // Another year: in the URL, and the figures follow.
    const lastYear = thisYear - 1;
    await user.selectOptions(screen.getByLabelText("Reporting year"), String(lastYear));
    await waitFor(() => expect(currentUrl(history)).toBe(`/dashboard?year=${lastYear}`));
    await waitFor(() =>
      expect(period()).toHaveTextContent(
        `${reportingYear(lastYear).label}, compared with ${reportingYear(lastYear - 1).label}`,
      ),
    );
    const all = await decidedFigure(`year=${lastYear}`);
    await waitFor(() => expect(within(card(decided.label)).getByText(shown(all))).toBeInTheDocument());

    // A team: the figures are the team's own (one whose figures differ from everyone's, where there is one).
    const { items: teams } = await apiJson<{ items: Team[] }>("/teams");
    const figures = await Promise.all(
      teams.map(async (team) => ({ team, decided: await decidedFigure(`year=${lastYear}&teamId=${team.id}`) })),
    );
    const chosen = figures.find((f) => f.decided.detail !== all.detail) ?? figures[0];
    if (!chosen) throw new Error("no teams");
    await waitFor(() =>
      expect(screen.getByLabelText("Team")).toContainElement(screen.getByRole("option", { name: chosen.team.name })),
    );
    await user.selectOptions(screen.getByLabelText("Team"), chosen.team.id);
    await waitFor(() => expect(currentUrl(history)).toBe(`/dashboard?year=${lastYear}&teamId=${chosen.team.id}`));
    await waitFor(() => expect(within(card(decided.label)).getByText(shown(chosen.decided))).toBeInTheDocument());
    expect(within(card(decided.label)).getByText(chosen.decided.detail ?? "")).toBeInTheDocument();
  });

  it("keeps one period at a time: a custom range clears the quarter, a quarter clears the range; UK dates", async () => {
    await signInAs("manager@example.org");
    const { user, history } = renderApp("/dashboard");
    await screen.findByRole("list", { name: "Headline figures" });
    await user.selectOptions(screen.getByLabelText("Reporting year"), String(thisYear - 1));
    await user.selectOptions(screen.getByLabelText("Quarter"), "3");
    await waitFor(() => expect(currentUrl(history)).toBe(`/dashboard?year=${thisYear - 1}&quarter=3`));

    const range = screen.getByRole("group", { name: "Or a custom range" });
    await user.type(within(range).getByLabelText("From"), "2026-05-01");
    // The range replaces the year and the quarter.
    await waitFor(() => expect(currentUrl(history)).toBe("/dashboard?from=2026-05-01"));
    expect(screen.getByLabelText("Quarter")).toHaveValue("");
    expect(screen.getByLabelText("Reporting year")).toHaveValue(String(thisYear));
    await user.type(within(range).getByLabelText("To"), "2026-06-30");
    await waitFor(() => expect(currentUrl(history)).toBe("/dashboard?from=2026-05-01&to=2026-06-30"));
    await waitFor(() =>
      expect(period()).toHaveTextContent("1 May 2026 to 30 Jun 2026, compared with 1 Mar 2026 to 30 Apr 2026"),
    );

    await user.selectOptions(screen.getByLabelText("Quarter"), "1");
    await waitFor(() => expect(currentUrl(history)).toBe("/dashboard?quarter=1"));
    expect(within(range).getByLabelText("From")).toHaveValue("");
  });

  it.each([
    [
      "/dashboard?from=2026-10-01&to=2026-09-01",
      "The custom range ends before it begins.",
      "To",
      "The end of the range must be on or after its start",
    ],
    [
      "/dashboard?from=1899-12-31",
      "Use dates from 1900 to 2100 for a custom range.",
      "From",
      "From: Use a date from 1900 to 2100",
    ],
    [
      "/dashboard?to=2101-01-01",
      "Use dates from 1900 to 2100 for a custom range.",
      "To",
      "To: Use a date from 1900 to 2100",
    ],
  ])("says %s holds nothing, on the field and the page, without asking the API", async (url, said, field, error) => {
    await signInAs("manager@example.org");
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.startsWith("/api/metrics")) asked.push(request.url);
    };
    server.events.on("request:start", listen);
    try {
      renderApp(url);
      expect(await screen.findByText(said)).toBeInTheDocument();
      const input = within(screen.getByRole("group", { name: "Or a custom range" })).getByLabelText(field);
      expect(input).toBeInvalid();
      expect(input).toHaveAccessibleDescription(error);
      expect(screen.queryByRole("list", { name: "Headline figures" })).not.toBeInTheDocument();
      expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
      expect(asked).toEqual([]);
    } finally {
      server.events.removeListener("request:start", listen);
    }
  });

  it("links a figure to the list behind it, for the same kind and period", async () => {
    await signInAs("manager@example.org");
    // A kind of work with undecided items this year, and how many the figure leaves undecided.
    let kind = "";
    let undecided = 0;
    for (const candidate of workItemKinds) {
      const [done, all] = ((await decidedFigure(`year=${thisYear}&kind=${candidate}`)).detail ?? "")
        .split(" of ")
        .map(Number) as [number, number];
      if (all > done) {
        kind = candidate;
        undecided = all - done;
        break;
      }
    }
    const { from, to } = reportingYear(thisYear);
    const { user, history } = renderApp(`/dashboard?kind=${kind}`);
    await screen.findByRole("list", { name: "Headline figures" });
    await user.click(screen.getByRole("link", { name: "See undecided work" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Planned work" })).toBeInTheDocument();
    expect(currentUrl(history)).toBe(`/work-items?plan=undecided&kind=${kind}&from=${from}&to=${to}`);
    // The list holds exactly the work the figure leaves undecided.
    expect(undecided).toBeGreaterThan(0);
    expect(await screen.findByRole("table", { name: `Planned work, ${undecided} items` })).toBeInTheDocument();
  });

  it("links the agenda-target figure to the events behind it, for the same team and period", async () => {
    await signInAs("manager@example.org");
    const { items: teams } = await apiJson<{ items: Team[] }>("/teams");
    // A team with events this year that miss the target, and how many the figure says miss it.
    let teamId = "";
    let missing = 0;
    for (const team of teams) {
      const dashboard = await apiJson<Dashboard>(`/metrics/dashboard?year=${thisYear}&teamId=${team.id}`);
      const figure = dashboard.headlines.find((headline) => headline.key === "agendaTarget");
      const [met, all] = (figure?.detail ?? "").split(/ of |;/).map(Number) as [number, number];
      if (all > met) {
        teamId = team.id;
        missing = all - met;
        break;
      }
    }
    expect(missing).toBeGreaterThan(0);
    const { from, to } = reportingYear(thisYear);
    const { user, history } = renderApp(`/dashboard?teamId=${teamId}`);
    await screen.findByRole("list", { name: "Headline figures" });
    await user.click(screen.getByRole("link", { name: "See events not meeting the target" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Events" })).toBeInTheDocument();
    expect(currentUrl(history)).toBe(`/events?target=not_met&teamId=${teamId}&from=${from}&to=${to}`);
    expect(await screen.findByRole("table", { name: `Conferences and events, ${missing}` })).toBeInTheDocument();
    expect(screen.getByLabelText("Team")).toHaveValue(teamId);
  });

  it("offers no events link when the kind of work chosen has no agenda", async () => {
    await signInAs("manager@example.org");
    renderApp("/dashboard?kind=research");
    await screen.findByRole("list", { name: "Headline figures" });
    expect(screen.getByRole("link", { name: "See undecided work" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "See events not meeting the target" })).not.toBeInTheDocument();
  });

  it("shows an error with a retry when the figures cannot be loaded", async () => {
    await signInAs("manager@example.org");
    server.use(answerWith("get", "/metrics/dashboard", serverError));
    const { user } = renderApp("/dashboard");
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "The dashboard could not be loaded.",
    );
    server.resetHandlers();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("list", { name: "Headline figures" })).toBeInTheDocument();
  });
});
