import {
  createWorkItemWithApi,
  expect,
  expectListMatchesUrl,
  expectPlannedWork,
  maxRetries,
  signInWithApi,
  test,
  uniqueTitle,
} from "./fixtures";

test.beforeEach(async ({ page, sessions }) => {
  await signInWithApi(page, sessions, "lead@example.org");
});

test("creates a work item: invalid input shows errors on the fields and keeps what was typed", async ({
  page,
  a11y,
}) => {
  await page.goto("/work-items");
  await expectPlannedWork(page);
  await a11y.check();
  await page.getByRole("link", { name: "New work item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New work item" })).toBeVisible();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toBeVisible();
  await a11y.check("empty form");

  // Invalid: no title, no team, no start date.
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Research" });
  await page.getByLabel("Summary", { exact: true }).fill("A survey of what carers need from respite services.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/Enter a title/);
  await expect(title).toBeFocused();
  await expect(page.getByLabel("Team", { exact: true })).toHaveAccessibleDescription(/Choose a team/);
  await expect(page).toHaveURL(/\/work-items\/new$/);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(
    "A survey of what carers need from respite services.",
  );
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("research");
  await a11y.check("with field errors");

  // An end before the start is an error on End date.
  const name = uniqueTitle("Carers' respite survey");
  await title.fill(name);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Research and evidence" });
  await page.getByLabel("Lead", { exact: true }).selectOption({ label: "Priya Ashworth" });
  await page.getByLabel("Start date", { exact: true }).fill("2027-05-10");
  await page.getByLabel("End date", { exact: true }).fill("2027-05-01");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Planned" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("End date", { exact: true })).toHaveAccessibleDescription(
    /End date must be on or after the start date/,
  );
  await expect(title).toHaveValue(name);

  await page.getByLabel("End date", { exact: true }).fill("2027-08-29");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page).toHaveURL(/\/work-items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Created “${name}”.` })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Start date", { exact: true })).toHaveValue("2027-05-10");
  await expect(page.getByLabel("End date", { exact: true })).toHaveValue("2027-08-29");
  await a11y.check("just created");

  // It is in the list.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" }).click();
  await page.getByLabel("Search", { exact: true }).fill(name);
  await expect(page).toHaveURL(/[?&]search=/);
  await expectListMatchesUrl(page);
  await expect(page.getByRole("table").getByRole("link", { name })).toBeVisible();
});

test("edits a work item and saves it", async ({ page, a11y }) => {
  const item = await createWorkItemWithApi(page, uniqueTitle("Evaluation of stroke pathways"));
  await page.goto(`/work-items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("version 1");
  await a11y.check();

  const renamed = `${item.title} (revised)`;
  await page.getByLabel("Title", { exact: true }).fill(renamed);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "In progress" });
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("status").filter({ hasText: `Saved changes to “${renamed}”.` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("version 2");
  await a11y.check("saved");

  // Saved on the server, not just on screen; and a saved form leaves without asking.
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(renamed);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("in_progress");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" }).click();
  await expectPlannedWork(page);
  await a11y.check();
});

test("asks before leaving unsaved changes: in-app link, Back, and closing the tab", async ({ page, a11y }) => {
  const item = await createWorkItemWithApi(page, uniqueTitle("Rapid review: social prescribing"));
  await page.goto(`/work-items?search=${encodeURIComponent(item.title)}`);
  await expectPlannedWork(page);
  await a11y.check();
  await page.getByRole("table").getByRole("link", { name: item.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await a11y.check();

  const summary = page.getByLabel("Summary", { exact: true });
  const typed = "Half-written notes that must not be lost.";
  await summary.fill(typed);
  const leaveDialog = page.getByRole("alertdialog", { name: "Leave without saving?" });

  // A link in the app.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" }).click();
  await expect(leaveDialog).toBeVisible();
  await expect(leaveDialog.getByRole("button", { name: "Stay on this page" })).toBeFocused();
  await a11y.check("leave dialog");
  await leaveDialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(leaveDialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/work-items/${item.id}$`));
  await expect(summary).toHaveValue(typed);

  // The browser's Back button.
  await page.goBack();
  await expect(leaveDialog).toBeVisible();
  await leaveDialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(leaveDialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/work-items/${item.id}$`));
  await expect(summary).toHaveValue(typed);

  // Closing the tab: the browser's own "Leave site?" question (beforeunload).
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("Back with unsaved changes, then leaving without saving, discards them", async ({ page, a11y }) => {
  const item = await createWorkItemWithApi(page, uniqueTitle("Survey of people using hospice services"));
  await page.goto(`/work-items?search=${encodeURIComponent(item.title)}`);
  await expectPlannedWork(page);
  await a11y.check();
  await page.getByRole("table").getByRole("link", { name: item.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await a11y.check();

  await page.getByLabel("Title", { exact: true }).fill("Not to be kept");
  await page.goBack();
  const leaveDialog = page.getByRole("alertdialog", { name: "Leave without saving?" });
  await leaveDialog.getByRole("button", { name: "Leave without saving" }).click();
  await expectPlannedWork(page);
  await expect(page.getByRole("table").getByRole("link", { name: item.title })).toBeVisible();
});

test("deletes a work item after confirmation", async ({ page, a11y }) => {
  const item = await createWorkItemWithApi(page, uniqueTitle("Report: the state of dental care"));
  await page.goto(`/work-items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await a11y.check();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this work item?" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(item.title);
  await a11y.check("delete dialog");

  // Keeping it first: nothing happens.
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeFocused();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await confirm.getByRole("button", { name: "Delete work item" }).click();

  await expect(page).toHaveURL(/\/work-items$/);
  await expectPlannedWork(page);
  await expect(page.getByRole("status").filter({ hasText: `Deleted “${item.title}”.` })).toBeVisible();
  await a11y.check("after delete");
  expect((await page.request.get(`/api/work-items/${item.id}`, { maxRetries })).status()).toBe(404);

  await page.getByLabel("Search", { exact: true }).fill(item.title);
  await expect(page.getByRole("main")).toContainText("No work items match these filters.");
});
