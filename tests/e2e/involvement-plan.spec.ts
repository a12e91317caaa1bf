import { createWorkItemWithApi, expect, signInWithApi, test, uniqueTitle } from "./fixtures";

test.beforeEach(async ({ page, sessions }) => {
  await signInWithApi(page, sessions, "lead@example.org");
});

test("records the involvement decision: None needs a reason; the item then leaves Undecided", async ({
  page,
  a11y,
}) => {
  const item = await createWorkItemWithApi(page, uniqueTitle("Finance process review"));
  await page.goto(`/work-items/${item.id}`);
  const decision = page.getByRole("form", { name: "Involvement decision" });
  await expect(decision).toContainText("No decision is recorded yet");
  await a11y.check("undecided");

  await decision.getByLabel("Planned level").selectOption({ label: "None" });
  await decision.getByRole("button", { name: "Record decision" }).click();
  const reason = decision.getByLabel("Reason");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/Give the reason for not involving anyone/);
  await a11y.check("decision errors");

  await reason.fill("Staff-only finance work; the patient panel agreed no involvement is needed.");
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the involvement decision." })).toBeVisible();

  await page.goto(`/work-items?plan=undecided&search=${encodeURIComponent(item.title)}`);
  await expect(page.getByText("No work items match these filters.")).toBeVisible();
  await page.goto(`/work-items?plan=none&search=${encodeURIComponent(item.title)}`);
  await expect(page.getByRole("link", { name: item.title })).toBeVisible();
  await a11y.check("filtered by decision");
});
