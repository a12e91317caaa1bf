import { createWorkItemWithApi, expect, maxRetries, signInWithApi, test, uniqueTitle } from "./fixtures";

test("the events team builds a panel with a patient chair and sees the target turn met", async ({
  page,
  sessions,
  a11y,
}) => {
  await signInWithApi(page, sessions, "events@example.org");
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Conferences and events, \d+$/ })).toBeVisible();
  await a11y.check();

  const conference = await createWorkItemWithApi(
    page,
    uniqueTitle("Living well with long-term conditions"),
    "conference",
  );
  const chairName = uniqueTitle("Rosalind Tremayne");
  const person = await page.request.post("/api/people", {
    data: { name: chairName, perspectives: ["patient"] },
    maxRetries,
  });
  expect(person.status()).toBe(201);

  await page.goto(`/work-items/${conference.id}`);
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByText("Patient voice on the agenda: not met")).toBeVisible();
  await a11y.check("no patient voice");

  const addSession = agenda.getByRole("form", { name: "Add a session" });
  await addSession.getByLabel("Session title").fill("Panel: what good care looks like");
  await addSession.getByLabel("Format").selectOption({ label: "Panel" });
  await addSession.getByLabel("Start time").fill("11:30");
  await addSession.getByRole("button", { name: "Add session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added the session" })).toBeVisible();

  const addSpeaker = agenda.getByRole("form", { name: "Add a speaker" });
  await addSpeaker.getByLabel("Find speaker").fill(chairName);
  await expect(
    addSpeaker.getByLabel("Speaker", { exact: true }).getByRole("option", { name: new RegExp(chairName) }),
  ).toBeAttached();
  await addSpeaker.getByLabel("Speaker", { exact: true }).selectOption({ label: `${chairName} (Patient)` });
  await addSpeaker.getByLabel("Agenda role").selectOption({ label: "Chair" });
  await addSpeaker.getByLabel("Speaker status").selectOption({ label: "Confirmed" });
  await addSpeaker.getByLabel("What we ask of them").fill("Chair the panel and open the questions.");
  await addSpeaker.getByLabel("What they can expect of us").fill("A fee of £150, travel booked, a quiet room.");
  await addSpeaker.getByRole("button", { name: "Add speaker" }).click();

  await expect(agenda.getByText("Patient voice on the agenda: met")).toBeVisible();
  // Not consented to be named publicly: "Patient speaker" beside the role, the name on record for staff only.
  const speakers = agenda.getByRole("list", { name: "Speakers in Panel: what good care looks like" });
  await expect(speakers).toContainText("Patient speaker, chair (confirmed)");
  await expect(speakers).toContainText(`on our records as ${chairName}`);
  await a11y.check("target met");
});
