import { expect, expectPlannedWork, maxRetries, signInWithApi, signInWithForm, test } from "./fixtures";

test("signs in with the form, lands on Needs attention, and signs out", async ({ page, a11y }) => {
  await signInWithForm(page, a11y, "lead@example.org");
  await expect(page).toHaveURL(/\/attention$/);
  await a11y.check();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" }).click();
  await expectPlannedWork(page);
  await a11y.check();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  await a11y.check("after signing out");

  // The session is gone on the server too: the list now sends people to sign in.
  await page.goto("/work-items");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fwork-items$/);
  expect((await page.request.get("/api/work-items", { maxRetries })).status()).toBe(401);
  await a11y.check();
});

test("a wrong password is refused with a message, and what was typed stays", async ({ page, a11y, browserErrors }) => {
  browserErrors.allowFailedRequest(401, "/api/auth/login");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("lead@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
  await expect(page.getByLabel("Email")).toHaveValue("lead@example.org");
  await a11y.check("wrong password");
});

test("a manager reads planned work but cannot add, change or delete it", async ({ page, a11y, sessions }) => {
  await signInWithApi(page, sessions, "manager@example.org");
  await page.goto("/work-items");
  await expectPlannedWork(page);
  await expect(page.getByRole("link", { name: "New work item" })).toHaveCount(0);
  await a11y.check("as manager");

  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("Your role can view this work item but not change it.");
  // Read as a summary, not as greyed-out fields.
  await expect(page.getByRole("region", { name: "Work item details" }).getByRole("definition").first()).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveCount(0);
  await expect(page.locator("input:disabled, select:disabled, textarea:disabled, fieldset:disabled")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toHaveCount(0);
  await a11y.check("read-only, as manager");
});
