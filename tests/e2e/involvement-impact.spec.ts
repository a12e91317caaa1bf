import { createWorkItemWithApi, expect, signInWithApi, test, uniqueTitle } from "./fixtures";

test("marks a patient author as took part, with the impact, seen on the item and the person", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "lead@example.org");
  const item = await createWorkItemWithApi(page, uniqueTitle("Blog post co-written with a patient author"));
  await page.goto(`/work-items/${item.id}`);
  const section = page.getByRole("region", { name: "People involved" });
  const add = section.getByRole("form", { name: "Add a person" });
  await add.getByRole("radio", { name: "Someone new" }).check();
  await add.getByLabel("New person's name").fill("Ifeoma Larchwood");
  await add.getByLabel("Role").selectOption({ label: "Author" });
  await add.getByRole("button", { name: "Add to this work item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Ifeoma Larchwood to this work item." })).toBeVisible();

  await section
    .getByRole("row", { name: /Ifeoma Larchwood/ })
    .getByRole("link", { name: /Edit/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /Ifeoma Larchwood/ })).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Took part" });
  await page.getByLabel("Hours").fill("6");
  await page.getByLabel("Their feedback").fill("Glad the post kept my own words.");
  await page.getByLabel("Impact").fill("The post now opens with living with the condition, not the clinic's view.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved the involvement of Ifeoma Larchwood." }),
  ).toBeVisible();
  await a11y.check("took part");

  await page.reload();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("took_part");
  await expect(page.getByLabel("Impact")).toHaveValue(/opens with living with the condition/);

  await page.getByRole("link", { name: item.title }).click();
  const row = page.getByRole("region", { name: "People involved" }).getByRole("row", { name: /Ifeoma Larchwood/ });
  await expect(row).toContainText("Took part");
  await expect(row).toContainText("The post now opens with living with the condition");
  await a11y.check("impact shown");

  await row.getByRole("link", { name: "Ifeoma Larchwood", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ifeoma Larchwood" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(item.title) })).toContainText("Took part");
  await a11y.check();
});
