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
  const log = page.getByRole("table", { name: /^Library enquiries, \d+$/ });
  await expect(log.getByRole("row", { name: /Evidence on long COVID clinics/ })).toBeVisible();
});

test("admin records staff training; others read it", async ({ page, sessions, a11y }) => {
  await signInWithApi(page, sessions, "admin@example.org");
  await page.goto("/training");
  await expect(page.getByRole("heading", { level: 1, name: "Staff training" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Training records, \d+$/ })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Member of staff").selectOption({ label: "Maren Castellane" });
  await page.getByLabel("Course").fill("Plain-language writing for patients");
  await page.getByLabel("Completed on").fill("2026-09-14");
  await page.getByRole("button", { name: "Record training" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Recorded the training for Maren Castellane." }),
  ).toBeVisible();
  await page.getByLabel("Show records for").selectOption({ label: "Maren Castellane" });
  await expect(page).toHaveURL(/\/training\?userId=/);
  await expect(
    page.getByRole("row", { name: /Maren Castellane Plain-language writing for patients 14 Sept? 2026/ }),
  ).toBeVisible();
});
