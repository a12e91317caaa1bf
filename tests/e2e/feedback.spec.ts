import { expect, signInWithApi, test } from "./fixtures";

test("closes a feedback action with the date we told them back", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "lead@example.org");
  await page.goto("/feedback");
  await expect(page.getByRole("heading", { level: 1, name: "Feedback and actions" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await a11y.check();

  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback" })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Action status").selectOption({ label: "Done" });
  await page.getByLabel("Told them back on").fill("2026-11-27");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the feedback." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Told them back on")).toHaveValue("2026-11-27");
});
