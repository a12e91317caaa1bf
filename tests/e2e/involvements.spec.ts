import { createWorkItemWithApi, expect, signInWithApi, test, uniqueTitle } from "./fixtures";

test("adds a new patient to a work item and confirms them once the brief is written", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "lead@example.org");
  const item = await createWorkItemWithApi(page, uniqueTitle("Patient advisory group for a study of HIV services"));
  await page.goto(`/work-items/${item.id}`);
  const section = page.getByRole("region", { name: "People involved" });
  await expect(section.getByText("Nobody is recorded yet.")).toBeVisible();
  await a11y.check("nobody involved");

  const add = section.getByRole("form", { name: "Add a person" });
  await add.getByRole("radio", { name: "Someone new" }).check();
  await add.getByLabel("New person's name").fill("Noor Castlebury");
  await add.getByLabel("Role").selectOption({ label: "Advisory group member" });
  await add.getByRole("button", { name: "Add to this work item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Noor Castlebury to this work item." })).toBeVisible();
  const row = section.getByRole("row", { name: /Noor Castlebury/ });
  await expect(row).toContainText("Invited");

  await row.getByRole("link", { name: /Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Noor Castlebury/ })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Confirmed" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("What we ask of them")).toHaveAccessibleDescription(/before confirming/);
  await a11y.check("brief missing");

  await page.getByLabel("What we ask of them").fill("Join four advisory meetings and review the survey.");
  await page
    .getByLabel("What they can expect of us")
    .fill("£150 a meeting, travel booked, and a note of what changed.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the involvement of Noor Castlebury." })).toBeVisible();

  await page.getByRole("link", { name: item.title }).click();
  await expect(
    page.getByRole("region", { name: "People involved" }).getByRole("row", { name: /Noor Castlebury/ }),
  ).toContainText("Confirmed");
});
