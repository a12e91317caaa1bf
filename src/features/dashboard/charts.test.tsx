import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { answerWith, server, serverError } from "../../../tests/setup/msw";
import { apiJson, apiPath, currentUrl, renderApp, signInAs } from "../../../tests/setup/render-app";
import { parseCsv } from "../../shared/csv";
import { reportingYearOf } from "../../shared/reporting-year";
import type { ChartTable, DashboardCharts } from "../../shared/schemas/metrics";

const thisYear = reportingYearOf(new Date().toISOString().slice(0, 10));
const levelByKind = "Involvement level by kind of work";

/** The charts as the API gives them for the page's default filters. */
const chartsOf = (query = `year=${thisYear}`) => apiJson<DashboardCharts>(`/metrics/charts?${query}`);

const chartOf = (charts: DashboardCharts, key: string) => {
  const chart = charts.charts.find((c) => c.key === key);
  if (!chart) throw new Error(`no ${key} chart`);
  return chart;
};

/** A chart's section, found by its heading. */
const section = (title: string) => screen.findByRole("region", { name: title });

/** A table's cells as text, row by row, headings first. */
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));

/** What the table should show for the API's numbers: the number itself, "fewer than N" for a hidden count. */
const expectedCells = (chart: ChartTable, threshold: number) => [
  chart.columns.map((column) => column.label),
  ...chart.rows.map((row) =>
    chart.columns.map((column) => {
      const value = row[column.key];
      if (value === null || value === undefined) return column.key === "census" ? "—" : `fewer than ${threshold}`;
      return String(value);
    }),
  ),
];

describe("Dashboard charts", () => {
  it("draws each chart, with its numbers one click away in a table and back", async () => {
    await signInAs("manager@example.org");
    const charts = await chartsOf();
    const chart = chartOf(charts, "level-by-kind");
    expect(chart.title).toBe(levelByKind);
    const { user } = renderApp("/dashboard");

    const figures = await section(levelByKind);
    // The headline figures come first, the charts below them.
    const cards = screen.getByRole("list", { name: "Headline figures" });
    expect(cards.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(figures).toHaveTextContent(chart.definition);
    for (const { title } of charts.charts) expect(await section(title)).toBeInTheDocument();

    expect(
      await within(figures).findByRole("img", {
        name: `Stacked bar chart: ${levelByKind}. Switch to the table for the numbers.`,
      }),
    ).toBeInTheDocument();
    const key = within(figures).getByRole("list", { name: "Key" });
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(chart.columns.slice(1).map((column) => column.label));

    await user.click(within(figures).getByRole("button", { name: "Show table" }));
    const table = within(figures).getByRole("table", { name: levelByKind });
    expect(within(figures).queryByRole("img")).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.getAttribute("scope")),
    ).toEqual(chart.columns.map(() => "col"));
    expect(within(table).getAllByRole("rowheader")).toHaveLength(chart.rows.length);
    expect(cellsOf(table)).toEqual(expectedCells(chart, charts.threshold));

    const back = within(figures).getByRole("button", { name: "Show chart" });
    await user.click(back);
    expect(back).toHaveFocus();
    expect(back).toHaveTextContent("Show table");
    expect(within(figures).queryByRole("table")).not.toBeInTheDocument();
    expect(await within(figures).findByRole("img", { name: new RegExp(levelByKind) })).toBeInTheDocument();
  });

  it("downloads a chart's numbers as the CSV of its table", async () => {
    await signInAs("manager@example.org");
    const charts = await chartsOf();
    const { user } = renderApp("/dashboard");
    const figures = await section(levelByKind);

    await user.click(within(figures).getByRole("button", { name: "Show table" }));
    const shown = cellsOf(within(figures).getByRole("table", { name: levelByKind }));

    const files: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      files.push(blob as Blob);
      return "blob:chart";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    // jsdom cannot follow the link: note where it points and what it saves as.
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(`${this.getAttribute("href")} ${this.download}`);
    });

    await user.click(within(figures).getByRole("button", { name: "Download CSV" }));
    expect(names).toEqual([`blob:chart level-by-kind-${charts.period.from}-${charts.period.to}.csv`]);
    const [file] = files;
    if (!file) throw new Error("no file");
    expect(file.type).toBe("text/csv;charset=utf-8");
    // UTF-8 with a byte-order mark, for Excel (Blob.text() drops the mark, so look at the bytes).
    expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(await file.text())).toEqual(shown);
  });

  it("draws speaker diversity with rounded numbers by the bars and the note, the same in the table and the CSV", async () => {
    await signInAs("manager@example.org");
    const charts = await chartsOf();
    expect(charts).toMatchObject({ threshold: 5, roundingBase: 5 });
    const chart = chartOf(charts, "speaker-diversity");
    const white = chart.rows.find((row) => row.group === "White");
    expect(white?.speakers).toBeGreaterThanOrEqual(5);
    expect(Number(white?.speakers) % 5).toBe(0);
    const { user } = renderApp("/dashboard");
    const figures = await section(chart.title);

    expect(await within(figures).findByRole("img", { name: new RegExp(chart.title) })).toBeInTheDocument();
    // Each bar says its rounded count and share; a hidden count is words where the bar would be.
    expect(
      // recharts writes a bar's label in a tspan.
      await within(figures).findByText(`${white?.speakers} (about ${Math.round(Number(white?.share))}%)`, {
        selector: "tspan",
      }),
    ).toBeInTheDocument();
    const hidden = chart.rows.filter((row) => row.speakers === null);
    expect(within(figures).queryAllByText("fewer than 5", { selector: "text" })).toHaveLength(hidden.length);
    expect(figures).toHaveTextContent("Counts are rounded to the nearest 5; counts of 1 to 4 are not shown.");

    await user.click(within(figures).getByRole("button", { name: "Show table" }));
    const table = within(figures).getByRole("table", { name: chart.title });
    expect(within(table).getByRole("cell", { name: String(white?.speakers) })).toBeInTheDocument();
    expect(cellsOf(table)).toEqual(expectedCells(chart, 5));
    for (const row of cellsOf(table).slice(1)) {
      const speakers = row[1] ?? "";
      expect(speakers === "fewer than 5" || Number(speakers) % 5 === 0).toBe(true);
    }

    const files: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      files.push(blob as Blob);
      return "blob:chart";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await user.click(within(figures).getByRole("button", { name: "Download CSV" }));
    const rows = parseCsv((await files[0]?.text()) ?? "");
    // The CSV leaves out what has no figure ("—" on screen); everything else is as the table shows it.
    expect(rows).toEqual(cellsOf(table).map((row) => row.map((cell) => (cell === "—" ? "" : cell))));
  });

  it('shows a hidden count as "fewer than 5" in the table and the CSV, never as a bar', async () => {
    await signInAs("manager@example.org");
    const charts = await chartsOf();
    const chart = chartOf(charts, "speaker-diversity");
    const withHidden: DashboardCharts = {
      ...charts,
      charts: charts.charts.map((c) =>
        c === chart
          ? { ...c, rows: c.rows.map((row, i) => (i === 0 ? { ...row, speakers: null, share: null } : row)) }
          : c,
      ),
    };
    server.use(http.get(apiPath("/metrics/charts"), () => HttpResponse.json(withHidden)));
    const { user } = renderApp("/dashboard");
    const figures = await section(chart.title);
    expect(await within(figures).findByRole("img", { name: new RegExp(chart.title) })).toBeInTheDocument();
    expect(within(figures).getAllByText("fewer than 5", { selector: "text" }).length).toBeGreaterThan(0);
    expect(figures).toHaveTextContent("No bar is drawn for a count shown as “fewer than 5”.");
    await user.click(within(figures).getByRole("button", { name: "Show table" }));
    const table = within(figures).getByRole("table", { name: chart.title });
    const asian = within(table).getByRole("row", { name: /^Asian/ });
    expect(
      within(asian)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["fewer than 5", "fewer than 5", "9.3"]);
  });

  it("opens the list behind a bar or a number of the level-by-kind chart, keeping the team and period", async () => {
    await signInAs("manager@example.org");
    const { items: teams } = await apiJson<{ items: { id: string }[] }>("/teams");
    const team = teams[0];
    if (!team) throw new Error("no teams");
    const { user, history } = renderApp(`/dashboard?teamId=${team.id}`);
    const figures = await section(levelByKind);
    const charts = await chartsOf(`year=${thisYear}&teamId=${team.id}`);
    const chart = chartOf(charts, "level-by-kind");
    const period = `from=${charts.period.from}&to=${charts.period.to}`;

    // A bar: segments are drawn level by level, and within a level kind by kind; empty ones not at all.
    const levels = chart.columns.slice(1).map((column) => column.key);
    const level = levels.find((key) => chart.rows.some((row) => Number(row[key]) > 0));
    const kind = chart.rows.find((row) => level && Number(row[level]) > 0)?.kind;
    if (!level || !kind) throw new Error("no work for this team");
    await within(figures).findByRole("img", { name: new RegExp(levelByKind) });
    const bar = figures.querySelector(".recharts-bar-rectangle path");
    if (!bar) throw new Error("no bars drawn");
    await user.click(bar);
    await waitFor(() =>
      expect(currentUrl(history)).toBe(
        `/work-items?kind=${String(kind).toLowerCase()}&plan=${level}&${period}&teamId=${team.id}`,
      ),
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Planned work" })).toBeInTheDocument();
    history.back();

    // The same from the table, by keyboard: each number is a link to its list.
    const again = await section(levelByKind);
    await user.click(within(again).getByRole("button", { name: "Show table" }));
    const row = chart.rows.find((r) => Number(r.undecided) > 0);
    if (!row) throw new Error("no undecided work for this team");
    const link = within(within(again).getByRole("table")).getByRole("link", {
      name: `${row.undecided}: list ${row.kind} work, Undecided`,
    });
    await user.click(link);
    await waitFor(() =>
      expect(currentUrl(history)).toBe(
        `/work-items?kind=${String(row.kind).toLowerCase()}&plan=undecided&${period}&teamId=${team.id}`,
      ),
    );
    // The list holds exactly the work the number counts.
    expect(await screen.findByRole("table", { name: `Planned work, ${row.undecided} items` })).toBeInTheDocument();
    expect(screen.getByLabelText("From")).toHaveValue(charts.period.from);
    expect(screen.getByLabelText("To")).toHaveValue(charts.period.to);
  });

  it("shows the headline figures when the charts cannot be loaded, with a retry", async () => {
    await signInAs("manager@example.org");
    server.use(answerWith("get", "/metrics/charts", serverError));
    const { user } = renderApp("/dashboard");
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "The charts could not be loaded.",
    );
    expect(screen.getByRole("list", { name: "Headline figures" })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await section(levelByKind)).toBeInTheDocument();
  });
});
