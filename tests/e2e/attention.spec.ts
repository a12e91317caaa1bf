import { expect, maxRetries, signInWithForm, test, uniqueTitle } from "./fixtures";

/** `days` from today, as a date (the server's "today" is the same day in these runs). */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a lead lands on Needs attention, records a decision on work starting soon, and the count goes down", async ({
  page,
  a11y,
}) => {
  await signInWithForm(page, a11y, "lead@example.org");
  await expect(page).toHaveURL(/\/attention$/);

  // Runs share one database: their own new piece of work, starting in three weeks with no decision.
  const title = uniqueTitle("Discharge letters workshop");
  const me = (await (await page.request.get("/api/auth/me", { maxRetries })).json()) as { user: { id: string } };
  const teams = (await (await page.request.get("/api/teams", { maxRetries })).json()) as { items: { id: string }[] };
  const created = await page.request.post("/api/work-items", {
    data: {
      title,
      kind: "research",
      teamId: teams.items[0]?.id,
      leadId: me.user.id,
      startDate: fromToday(21),
      endDate: fromToday(60),
      status: "planned",
      summary: "Made by an end-to-end test.",
    },
    maxRetries,
  });
  expect(created.status()).toBe(201);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  const undecided = page.getByRole("region", { name: /^Undecided work starting within 8 weeks \(\d+\)$/ });
  const entry = undecided.getByRole("link", { name: new RegExp(`^${title} — starts `) });
  await expect(entry).toBeVisible();
  await a11y.check();

  // The badge: a number on screen, and "…, N items" in the link's name.
  const badge = page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Needs attention, \d+ items?$/ });
  const name = (await badge.getAttribute("aria-label")) ?? "";
  const count = Number(/(\d+) items?$/.exec(name)?.[1]);
  expect(count).toBeGreaterThan(0);
  await expect(badge).toContainText(String(count));

  await entry.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const decision = page.getByRole("form", { name: "Involvement decision" });
  await expect(decision).toContainText("No decision is recorded yet");
  await a11y.check("undecided");
  await decision.getByRole("combobox", { name: "Planned level" }).selectOption({ label: "Consult" });
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the involvement decision." })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Needs attention/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  const fewer = count - 1;
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: fewer > 0 ? `Needs attention, ${fewer} ${fewer === 1 ? "item" : "items"}` : "Needs attention",
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`^${title}`) })).toHaveCount(0);
  await a11y.check("after clearing an entry");
});
