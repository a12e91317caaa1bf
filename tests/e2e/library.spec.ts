import { expect, signInWithApi, test } from "./fixtures";

test("the library enquiry log and its count by month", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "events@example.org");
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "Library enquiries" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Enquiries by month" })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Topic").fill("Evidence on long COVID clinics");
  await page.getByRole("button", { name: "Log enquiry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged the enquiry." })).toBeVisible();
});
