import { expect, signInWithApi, test } from "./fixtures";

test("a manager reads the people directory without contact details", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "manager@example.org");
  await page.goto("/work-items");
  await expect(page.getByRole("heading", { level: 1, name: "Planned work" })).toBeVisible();
  await a11y.check();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^People, \d+$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "New person" })).toHaveCount(0);
  // Lived experience only in aggregate: counts by tag, no filter by it.
  await expect(page.getByRole("table", { name: "People by lived experience" })).toBeVisible();
  await expect(page.getByLabel("Lived experience", { exact: true })).toHaveCount(0);
  await a11y.check();

  await page.getByLabel("Perspective").selectOption({ label: "Carer" });
  await expect(page).toHaveURL(/perspective=carer/);
  await page
    .getByRole("table", { name: /^People, \d+$/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByText("Your role can view people but not change them.")).toBeVisible();
  // Read as a summary, not as greyed-out fields; without the details a manager may not see.
  const details = page.getByRole("region", { name: "Details of the person" });
  await expect(details.locator("dt", { hasText: /^Perspectives$/ })).toBeVisible();
  await expect(details.locator("dt", { hasText: /^(Email|Phone|Lived experience|Access needs)$/ })).toHaveCount(0);
  await expect(page.locator("input:disabled, select:disabled, textarea:disabled, fieldset:disabled")).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveCount(0);
  await expect(page.getByLabel("Access needs")).toHaveCount(0);
  await expect(page.getByLabel("Lived experience", { exact: true })).toHaveCount(0);
  await a11y.check("read-only");
});

test("a project lead adds a person and withdraws a consent", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "lead@example.org");
  await page.goto("/people/new");
  await expect(page.getByRole("heading", { level: 1, name: "New person" })).toBeVisible();
  await a11y.check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Enter a name/);
  await a11y.check("errors");

  const name = `Ffion Larchwood ${Date.now().toString(36)}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("checkbox", { name: "Carer" }).check();
  await page.getByRole("group", { name: "Consent: contact" }).getByLabel("Given on").fill("2026-10-01");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await a11y.check();

  await page.getByRole("button", { name: "Withdraw contact consent today" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved changes to ${name}.` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Consent: contact" }).getByLabel("Withdrawn on")).not.toHaveValue("");
  await expect(page.getByRole("group", { name: "Consent: contact" }).getByLabel("Given on")).toHaveValue("2026-10-01");
});
