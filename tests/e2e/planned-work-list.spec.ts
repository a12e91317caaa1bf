import { expect, expectListMatchesUrl, expectPlannedWork, signInWithApi, test } from "./fixtures";

test.beforeEach(async ({ page, a11y, sessions }) => {
  await signInWithApi(page, sessions, "lead@example.org");
  await page.goto("/work-items");
  await expectPlannedWork(page);
  await a11y.check();
});

test("filters by kind, team, status and search text, kept in the URL through reload, Back and Forward", async ({
  page,
  a11y,
}) => {
  const kind = page.getByLabel("Kind", { exact: true });
  const team = page.getByLabel("Team", { exact: true });
  const status = page.getByLabel("Status", { exact: true });
  const search = page.getByLabel("Search", { exact: true });

  await kind.selectOption({ label: "Conference" });
  await expect(page).toHaveURL(/[?&]kind=conference(&|$)/);
  await expectListMatchesUrl(page);

  await team.selectOption({ label: "Conferences and events" });
  await expect(page).toHaveURL(/[?&]teamId=[0-9a-f-]{36}(&|$)/);
  await expectListMatchesUrl(page);

  // Filter by the status and a word of the first row, so the result is never empty.
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  const firstStatus = ((await firstRow.getByRole("cell").nth(5).textContent()) ?? "").trim();
  const firstWord = ((await firstRow.getByRole("link").textContent()) ?? "").split(/[\s:]+/)[0] ?? "";
  await status.selectOption({ label: firstStatus });
  await expect(page).toHaveURL(/[?&]status=\w+(&|$)/);
  await expectListMatchesUrl(page);

  await search.fill(firstWord);
  await expect(page).toHaveURL(new RegExp(`[?&]search=${encodeURIComponent(firstWord)}(&|$)`));
  const filtered = await expectListMatchesUrl(page);
  for (const item of filtered.items) expect(item.title.toLowerCase()).toContain(firstWord.toLowerCase());
  await a11y.check("filtered");
  const filteredUrl = page.url();

  await page.reload();
  await expect(page).toHaveURL(filteredUrl);
  await expect(kind).toHaveValue("conference");
  await expect(team).not.toHaveValue("");
  await expect(status).not.toHaveValue("");
  await expect(search).toHaveValue(firstWord);
  await expectListMatchesUrl(page);

  // Typing replaces the history entry, so Back undoes the status choice and the search together.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&](status|search)=/);
  await expect(page).toHaveURL(/[?&]kind=conference(&|$)/);
  await expect(status).toHaveValue("");
  await expect(search).toHaveValue("");
  await expect(kind).toHaveValue("conference");
  await expectListMatchesUrl(page);

  await page.goForward();
  await expect(page).toHaveURL(filteredUrl);
  await expect(search).toHaveValue(firstWord);
  await expectListMatchesUrl(page);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/work-items$/);
  await expect(kind).toHaveValue("");
  await expectListMatchesUrl(page);
});

test("sorts by a column when its header is clicked", async ({ page, a11y }) => {
  const titleHeader = page.getByRole("columnheader", { name: /^Title/ });

  await titleHeader.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  await expectListMatchesUrl(page);
  await a11y.check("sorted by title");

  await titleHeader.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=-title(&|$)/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await expectListMatchesUrl(page);

  await page.reload();
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("table").getByRole("link").first()).toHaveText(descending.items[0]?.title ?? "");

  await page.goBack();
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  await expectListMatchesUrl(page);
});

test("pages through the list, and Back returns to the previous page", async ({ page }) => {
  const pages = page.getByRole("navigation", { name: "Pages of planned work" });
  await expect(pages).toContainText("Page 1 of");
  await expect(pages.getByRole("button", { name: "Previous page" })).toBeDisabled();

  await pages.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(pages).toContainText("Page 2 of");
  await expectListMatchesUrl(page);

  await pages.getByLabel("Rows per page").selectOption("10");
  await expect(page).toHaveURL(/[?&]pageSize=10(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(pages).toContainText("Showing 1–10 of");
  await expectListMatchesUrl(page);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/\/work-items$/);
  await expect(pages).toContainText("Page 1 of");
  await expectListMatchesUrl(page);
});

test("downloads the filtered list as CSV that a spreadsheet opens", async ({ page }) => {
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Conference" });
  await expect(page).toHaveURL(/[?&]kind=conference(&|$)/);
  const shown = await expectListMatchesUrl(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^planned-work-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Title,Kind,Team,Lead,/);
  expect(lines.length - 1).toBe(shown.total);
  for (const line of lines.slice(1)) expect(line).toContain(",conference,");
});

test("downloads the filtered list as an Excel workbook with the same rows", async ({ page }) => {
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Conference" });
  await expect(page).toHaveURL(/[?&]kind=conference(&|$)/);
  const shown = await expectListMatchesUrl(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Excel (XLSX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^planned-work-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const { readFile } = await import("node:fs/promises");
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["Title", "Kind", "Team", "Lead"]);
  expect(sheet.rowCount - 1).toBe(shown.total);
  expect(
    sheet
      .getColumn(2)
      .values.slice(2)
      .every((kind) => kind === "conference"),
  ).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});
