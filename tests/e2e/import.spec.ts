import { expect, signInWithApi, test } from "./fixtures";

/** A people spreadsheet as CSV: a header, then one line per person. */
const peopleCsv = (rows: string[][]) =>
  Buffer.from(
    `${[["Name", "Email", "Perspectives"], ...rows].map((cells) => cells.join(",")).join("\r\n")}\r\n`,
    "utf-8",
  );

test("an admin imports people, fixes a bad row by importing again, and finds them in the list", async ({
  page,
  sessions,
  a11y,
}) => {
  // Six pages and states scanned by axe (seconds each here) and two uploads: more than the default 30 s.
  test.setTimeout(90_000);
  // Names no other run has used: runs share one database.
  const tag = `Zq${Date.now().toString(36)}`;
  const people = ["Rhiannon Vale", "Emrys Colquhoun", "Nesta Pryderi", "Aled Trevanion", "Seren Maddock"].map(
    (name) => `${name} ${tag}`,
  );
  const email = (name: string) => `${name.toLowerCase().replace(/ /g, ".")}@example.org`;
  const rows = people.map((name) => [name, email(name), "Carer"]);
  const withError = rows.map((row, i) => (i === 2 ? [row[0] ?? "", "nesta at example dot org", "Carer"] : row));
  const fileName = `people-${tag}.csv`;

  await signInWithApi(page, sessions, "admin@example.org");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Headline figures" })).toBeVisible();
  await a11y.check();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Past imports" })).toBeVisible();
  await a11y.check();

  const form = page.getByRole("form", { name: "Choose a file" });
  await form.getByRole("radio", { name: "People" }).check();
  await form
    .getByLabel("Spreadsheet file")
    .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: peopleCsv(withError) });
  await form.getByRole("button", { name: "Preview import" }).click();

  const counts = page.getByRole("list", { name: "What the preview found" });
  await expect(counts.getByRole("listitem")).toHaveText([
    `5 rows read from ${fileName}`,
    "4 new: will be created when you import",
    "0 matched: already on record, not created again",
    "1 invalid: left out until they are fixed",
  ]);
  // Nesta is row 4 of the spreadsheet (the header is row 1): the problem is on her Email cell.
  const table = page.getByRole("table", { name: "Rows in the file" });
  const headers = await table.getByRole("columnheader").allTextContents();
  const emailColumn = headers.indexOf("Email");
  const nesta = table.getByRole("row").filter({ hasText: people[2] });
  await expect(nesta.getByRole("rowheader")).toHaveText("4");
  await expect(nesta.getByRole("cell").nth(emailColumn - 1)).toContainText("Error: Email:");
  await expect(page.getByRole("region", { name: "Problems to fix" })).toContainText("Row 4, Email:");
  await expect(page.getByRole("link", { name: "Download invalid rows (CSV)" })).toBeVisible();
  await a11y.check("preview with an error");
  // Reflow (WCAG 1.4.10): at 320 px only the tables' own boxes scroll sideways, not the page.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);

  // Fixed in the spreadsheet, and the file chosen again.
  await form
    .getByLabel("Spreadsheet file")
    .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: peopleCsv(rows) });
  await form.getByRole("button", { name: "Preview import" }).click();
  await expect(counts.getByRole("listitem").nth(3)).toHaveText("0 invalid: left out until they are fixed");
  await expect(counts.getByRole("listitem").nth(1)).toHaveText("5 new: will be created when you import");
  await expect(table.getByText("Error:")).toHaveCount(0);
  await a11y.check("preview, all valid");

  await page.getByRole("button", { name: "Import 5 new rows" }).click();
  await expect(page.getByRole("progressbar", { name: "Importing…" })).toBeHidden({ timeout: 20_000 });
  await expect(
    page.getByRole("status").filter({ hasText: "Imported 5 people; 0 matched existing records." }),
  ).toBeVisible();
  const past = page.getByRole("table", { name: /^Past imports, \d+$/ });
  await expect(
    past
      .getByRole("row")
      .filter({ hasText: fileName })
      .filter({ hasText: /Imported/ }),
  ).toHaveCount(1);
  await expect(
    past.getByRole("row").filter({ hasText: fileName }).filter({ hasText: "Set aside, not imported" }),
  ).toHaveCount(1);
  await a11y.check("imported");

  await page.getByRole("link", { name: "Go to People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.getByLabel("Search").fill(tag);
  await page.getByLabel("Search").press("Enter");
  const list = page.getByRole("table", { name: "People, 5" });
  for (const name of people) await expect(list.getByRole("link", { name })).toBeVisible();
  await a11y.check();
});
