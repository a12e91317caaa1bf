import { readFile } from "node:fs/promises";
import { expect, signInWithApi, test } from "./fixtures";

test("a manager reads the dashboard, changes year and team, reads a chart as a table and downloads it", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "manager@example.org");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const headlines = page.getByRole("list", { name: "Headline figures" });
  await expect(headlines.getByRole("listitem").first()).toBeVisible();
  const chart = page.getByRole("region", { name: "Involvement level by kind of work" });
  // Charts are drawn as they come into view: scroll to it, as a reader would.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByRole("img")).toBeVisible();
  await a11y.check();

  const year = page.getByLabel("Reporting year");
  const options = await year.locator("option").allTextContents();
  await year.selectOption({ label: options[2] as string });
  await expect(page).toHaveURL(/[?&]year=\d{4}/);
  await page.getByLabel("Team", { exact: true }).selectOption({ index: 1 });
  await expect(page).toHaveURL(/[?&]teamId=[0-9a-f-]{36}/);
  await expect(headlines.getByRole("listitem").first()).toBeVisible();

  await chart.getByRole("button", { name: "Show table" }).click();
  const table = chart.getByRole("table", { name: "Involvement level by kind of work" });
  await expect(table).toBeVisible();
  await a11y.check("chart as a table");
  const downloading = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download CSV" }).click();
  const file = await readFile(await (await downloading).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = file.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(rows[0]).toMatch(/^Kind of work,/);
  expect(rows.length - 1).toBe(await table.locator("tbody tr").count());
  await chart.getByRole("button", { name: "Show chart" }).click();
  await expect(chart.getByRole("img")).toBeVisible();
});

test("a manager opens a conference report and its print view renders", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "manager@example.org");
  await page.goto("/events");
  const events = page.getByRole("table", { name: /^Conferences and events, \d+$/ });
  await expect(events).toBeVisible();
  await a11y.check("events");
  await events.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Agenda" })).toBeVisible();
  await a11y.check("conference");
  await page.getByRole("link", { name: "Conference report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Conference report: / })).toBeVisible();
  await a11y.check();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: /^Conference report: / })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await a11y.check("print view");
  await page.emulateMedia({ media: "screen" });

  await page.goto("/reports/annual");
  await expect(page.getByRole("heading", { level: 1, name: "Annual involvement report" })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await a11y.check();

  await page.goto("/work-items?kind=research");
  const research = page.getByRole("table", { name: /^Planned work, \d+ items$/ });
  await expect(research).toBeVisible();
  await a11y.check("research");
  await research.getByRole("link").first().click();
  await page.getByRole("link", { name: "GRIPP2 short form" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^GRIPP2 short form: / })).toBeVisible();
  await expect(page.getByLabel("Results")).toBeVisible();
  await a11y.check();
});
