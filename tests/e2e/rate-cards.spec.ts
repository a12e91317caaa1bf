import { createWorkItemWithApi, expect, maxRetries, signInWithApi, test, uniqueTitle } from "./fixtures";

test("admin adds and changes a rate; a lead picks it on an involvement and uses the suggested fee", async ({
  page,
  sessions,
  a11y,
}) => {
  const activity = uniqueTitle("Peer support session");
  await signInWithApi(page, sessions, "admin@example.org");
  await page.goto("/admin/rate-cards");
  await expect(page.getByRole("heading", { level: 1, name: "Rate cards" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rate cards" })).toHaveClass(
    /active/,
  );
  await expect(page.getByRole("table", { name: /^Rates, \d+/ })).toBeVisible();
  await a11y.check();

  const add = page.getByRole("form", { name: "Add a rate" });
  await add.getByLabel("Activity").fill(activity);
  await add.getByLabel("Unit").selectOption({ label: "Per session" });
  await add.getByLabel("Amount (£)").fill("55");
  await add.getByLabel("Effective from").fill("2026-04-01");
  await add.getByRole("button", { name: "Add rate" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Added £55.00 for ${activity} from 1 Apr 2026.` }),
  ).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(activity) });
  await expect(row).toContainText("£55.00");
  await expect(row).toContainText("1 Apr 2026");

  await row.getByRole("button", { name: `Change ${activity} from 1 Apr 2026` }).click();
  const edit = page.getByRole("region", { name: `Change the rate for ${activity} from 1 Apr 2026` });
  await edit.getByLabel("Amount (£)").fill("60");
  await a11y.check("editing a rate");
  await edit.getByRole("button", { name: "Save", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved the rate for ${activity} from 1 Apr 2026.` }),
  ).toBeVisible();
  await expect(row).toContainText("£60.00");

  // A lead, on an involvement dated after the rate.
  await page.context().clearCookies();
  await signInWithApi(page, sessions, "lead@example.org");
  const item = await createWorkItemWithApi(page, uniqueTitle("Peer support review"));
  const person = await page.request.post("/api/people", {
    data: { name: "Esme Larkhollow", perspectives: ["patient"] },
    maxRetries,
  });
  expect(person.status()).toBe(201);
  const involvement = await page.request.post("/api/involvements", {
    data: {
      workItemId: item.id,
      personId: (await person.json()).id,
      role: "reviewer",
      startDate: "2026-06-01",
      paymentStatus: "due",
    },
    maxRetries,
  });
  expect(involvement.status()).toBe(201);
  await page.goto(`/involvements/${(await involvement.json()).id}`);
  await expect(page.getByRole("heading", { level: 1, name: /Esme Larkhollow/ })).toBeVisible();

  await page.getByLabel("Activity").selectOption({ label: activity });
  await page.getByLabel("Quantity").fill("2");
  // Said in a status region (read out as it changes); the button to take it sits outside that region.
  await expect(page.getByRole("status").filter({ hasText: "Suggested fee:" })).toHaveText(
    `Suggested fee: £120.00 (${activity}, rate from 1 Apr 2026)`,
  );
  await expect(page.getByLabel("Reason the fee differs")).toBeVisible();
  await a11y.check("suggested fee");
  await page.getByRole("button", { name: "Use suggested fee" }).click();
  await expect(page.getByLabel("Fee (£)")).toHaveValue("120");
  await expect(page.getByLabel("Reason the fee differs")).toBeHidden();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the involvement of Esme Larkhollow." })).toBeVisible();
});
