import { readFile } from "node:fs/promises";
import { createWorkItemWithApi, expect, maxRetries, signInWithApi, test, uniqueTitle } from "./fixtures";

test("admin downloads a speaker's subject access, erases them, and the agenda names them no more", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "admin@example.org");
  // A speaker of our own (runs share one database): named publicly, chairing a panel.
  const conference = await createWorkItemWithApi(page, uniqueTitle("Caring at home"), "conference");
  const name = uniqueTitle("Elowen Carbury");
  const person = await page.request.post("/api/people", {
    data: {
      name,
      perspectives: ["carer"],
      phone: "01632 960555",
      consents: { namedPublicly: { givenOn: "2026-10-01", withdrawnOn: null } },
    },
    maxRetries,
  });
  expect(person.status()).toBe(201);
  const { id } = (await person.json()) as { id: string };
  const session = await page.request.post(`/api/work-items/${conference.id}/sessions`, {
    data: { title: "Panel: care at home", startsAt: "2027-01-11T11:30:00Z", format: "panel" },
    maxRetries,
  });
  expect(session.status()).toBe(201);
  const involvement = await page.request.post("/api/involvements", {
    data: {
      workItemId: conference.id,
      personId: id,
      role: "chair",
      status: "confirmed",
      startDate: null,
      endDate: null,
      hours: null,
      ask: "Chair the panel.",
      expectations: "A fee and travel booked.",
      sessionId: ((await session.json()) as { id: string }).id,
    },
    maxRetries,
  });
  expect(involvement.status()).toBe(201);

  await page.goto(`/work-items/${conference.id}`);
  const speakers = page
    .getByRole("region", { name: "Agenda" })
    .getByRole("list", { name: "Speakers in Panel: care at home" });
  await expect(speakers).toContainText(`${name}, chair (confirmed)`);
  await a11y.check("named speaker");

  await page.goto(`/people/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Consent history" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Activity" })).toBeVisible();
  await a11y.check();

  await page.getByRole("link", { name: "Subject access" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Subject access: ${name}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Involvements" })).toBeVisible();
  await a11y.check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`subject-access-${id}.json`);
  const document = JSON.parse(await readFile((await download.path()) as string, "utf8"));
  expect(document.person).toMatchObject({ id, name, phone: "01632 960555" });
  expect(document.involvements).toEqual([expect.objectContaining({ workItemId: conference.id, role: "chair" })]);
  expect(document.consentHistory).toEqual([expect.objectContaining({ consent: "namedPublicly", event: "given" })]);

  await page.goto(`/people/${id}`);
  await page.getByRole("button", { name: "Erase", exact: true }).click();
  const dialog = page.getByRole("alertdialog", { name: `Erase ${name}?` });
  await dialog.getByRole("button", { name: "Erase this person" }).click();
  await expect(dialog.getByLabel("Reason")).toHaveAccessibleDescription(/Say why/);
  await a11y.check("erase dialog, no reason");
  await dialog.getByLabel("Reason").fill("Asked us to forget them (email of 30 Nov).");
  await dialog.getByRole("button", { name: "Erase this person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erased person" })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  await a11y.check("erased");

  await page.goto(`/work-items/${conference.id}`);
  await expect(speakers).toContainText("Patient speaker, chair (confirmed)");
  await expect(page.getByText(name)).toHaveCount(0);

  // The audit keeps that it happened and why, and none of who they were.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Erased" });
  const log = page.getByRole("table", { name: /^Audit log, \d+ entr/ });
  await expect(log).toContainText("Asked us to forget them");
  await expect(log).not.toContainText(name);
  await a11y.check();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Retention review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Retention review" })).toBeVisible();
  await a11y.check();
});
