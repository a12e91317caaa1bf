import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { paths } from "./helpers";

const api = setupApi();

type Person = { id: string; name: string; version: number };
type DemoPerson = { id: string; name: string; work_item_id: string };

/** A demo person with equality answers who spoke at an event, whose name no one else has. */
async function demoSpeaker(): Promise<DemoPerson> {
  const result = await api.db.execute(sql`
    select p.id, p.name, i.work_item_id from people p
    join equality_answers e on e.person_id = p.id
    join involvements i on i.person_id = p.id and i.session_id is not null
    where (select count(*) from people q where q.name = p.name) = 1
    order by p.created_at, p.id limit 1`);
  const [row] = (result as unknown as { rows: DemoPerson[] }).rows;
  if (!row) throw new Error("the demo data has no such speaker");
  return row;
}

async function read(client: Client, path: string) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe("consent history", () => {
  it("keeps every give and withdraw, dated, with who recorded it, newest first", async () => {
    const lead = await api.as("lead@example.org");
    const created = await lead.request("POST", "/api/people", {
      name: "Ffion Trevanion",
      perspectives: ["patient"],
      consents: { contact: { givenOn: "2026-01-10", withdrawnOn: null } },
    });
    const person: Person = await created.json();
    const withdrawn = await lead.request("PATCH", `/api/people/${person.id}`, {
      consents: { contact: { givenOn: "2026-01-10", withdrawnOn: "2026-06-01" } },
      version: person.version,
    });
    expect(withdrawn.status).toBe(200);
    const events = await api.as("events@example.org");
    const named = await events.request("PATCH", `/api/people/${person.id}`, {
      consents: { namedPublicly: { givenOn: "2026-07-01", withdrawnOn: null } },
      version: person.version + 1,
    });
    expect(named.status).toBe(200);

    const manager = await api.as("manager@example.org");
    const history = await (await manager.get(`/api/people/${person.id}/consents/history`)).json();
    // The read is attributable: the audit names the manager, the person, and how many entries they saw.
    const admin = await api.as("admin@example.org");
    const audit = await (await admin.get(`/api/audit?resource=consent-history&recordId=${person.id}`)).json();
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: "read",
        resource: "consent-history",
        actorName: "Grace Okonjo",
        recordId: person.id,
        subjectPersonId: person.id,
        detail: { rows: 3 },
      }),
    ]);
    expect(history.items).toEqual([
      expect.objectContaining({
        consent: "namedPublicly",
        event: "given",
        on: "2026-07-01",
        recordedByName: "Tomasz Whitfield",
      }),
      expect.objectContaining({
        consent: "contact",
        event: "withdrawn",
        on: "2026-06-01",
        recordedByName: "Priya Ashworth",
      }),
      expect.objectContaining({
        consent: "contact",
        event: "given",
        on: "2026-01-10",
        recordedByName: "Priya Ashworth",
      }),
    ]);
  });

  it("records a withdrawal taken back as given again, today", async () => {
    const lead = await api.as("lead@example.org");
    const created = await lead.request("POST", "/api/people", {
      name: "Jory Penberthy",
      perspectives: ["carer"],
      consents: { contact: { givenOn: "2026-01-10", withdrawnOn: "2026-02-01" } },
    });
    const person: Person = await created.json();
    const restored = await lead.request("PATCH", `/api/people/${person.id}`, {
      consents: { contact: { givenOn: "2026-01-10", withdrawnOn: null } },
      version: person.version,
    });
    expect(restored.status).toBe(200);
    const history = await (await lead.get(`/api/people/${person.id}/consents/history`)).json();
    expect(history.items.map((e: { event: string }) => e.event)).toEqual(["given", "withdrawn", "given"]);
  });

  it("holds each demo person's consents from the start", async () => {
    const { id } = await demoSpeaker();
    const admin = await api.as("admin@example.org");
    const person = await (await admin.get(`/api/people/${id}`)).json();
    const history = await (await admin.get(`/api/people/${id}/consents/history`)).json();
    expect(history.items).toContainEqual(
      expect.objectContaining({
        consent: "equalityMonitoring",
        event: "given",
        on: person.consents.equalityMonitoring.givenOn,
      }),
    );
  });
});

describe("deleting a person", () => {
  it("takes their identifying values out of the audit, and refuses one with a bursary, pointing to erasure", async () => {
    const admin = await api.as("admin@example.org");
    const created = await admin.request("POST", "/api/people", { name: "Merryn Tregarthen", perspectives: ["public"] });
    const person: Person = await created.json();
    const renamed = await admin.request("PATCH", `/api/people/${person.id}`, {
      name: "Merryn Tregarthen-Vose",
      version: person.version,
    });
    expect(renamed.status).toBe(200);
    expect((await admin.request("DELETE", `/api/people/${person.id}`)).status).toBe(204);
    for (const path of [`/api/audit?personId=${person.id}`, "/api/audit?pageSize=100", "/api/export/audit.csv"]) {
      expect(await read(admin, path), path).not.toContain("Merryn");
    }

    const result = await api.db.execute(sql`
      select p.id from people p join bursaries b on b.person_id = p.id
      where not exists (select 1 from involvements i where i.person_id = p.id) limit 1`);
    const [withBursary] = (result as unknown as { rows: { id: string }[] }).rows;
    if (!withBursary) throw new Error("the demo data has no one with a bursary and no involvements");
    const refused = await admin.request("DELETE", `/api/people/${withBursary.id}`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "use_erasure" });
  });
});

describe("retention review", () => {
  it("lists people due for review, oldest first, to admin only; keeping someone a year takes them off", async () => {
    const admin = await api.as("admin@example.org");
    const response = await admin.get("/api/people?retention=due&pageSize=100");
    expect(response.status).toBe(200);
    const due = await response.json();
    const today = new Date().toISOString().slice(0, 10);
    expect(due.total).toBeGreaterThan(0);
    const dates = due.items.map((p: { retentionReviewOn: string }) => p.retentionReviewOn);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date: string) => date <= today)).toBe(true);
    expect(due.items[0]).toHaveProperty("lastInvolvementOn");
    const dashboard = await (await admin.get("/api/metrics/dashboard")).json();
    expect(dashboard.retentionDue).toBe(due.total);
    const managersDashboard = await (await (await api.as("manager@example.org")).get("/api/metrics/dashboard")).json();
    expect(managersDashboard).not.toHaveProperty("retentionDue");

    for (const email of ["lead@example.org", "events@example.org", "manager@example.org"]) {
      const refused = await (await api.as(email)).get("/api/people?retention=due");
      expect(refused.status, email).toBe(403);
    }
    expect((await admin.get("/api/people?retention=soon")).status).toBe(400);

    const [first] = due.items;
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const kept = await admin.request("PATCH", `/api/people/${first.id}`, {
      retentionReviewOn: nextYear,
      version: first.version,
    });
    expect(kept.status).toBe(200);
    const after = await (await admin.get("/api/people?retention=due&pageSize=100")).json();
    expect(after.total).toBe(due.total - 1);
    expect(after.items.map((p: { id: string }) => p.id)).not.toContain(first.id);
  });
});

describe("subject access and erasure", () => {
  it("gives admin everything held about a person, and records that it did", async () => {
    const speaker = await demoSpeaker();
    const admin = await api.as("admin@example.org");
    const response = await admin.get(`/api/people/${speaker.id}/subject-access`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.person).toMatchObject({ id: speaker.id, name: speaker.name, erasedAt: null });
    expect(document.involvements.map((i: { workItemId: string }) => i.workItemId)).toContain(speaker.work_item_id);
    expect(document.involvements[0]).toHaveProperty("ask");
    expect(document.sessionsSpokenAt.length).toBeGreaterThan(0);
    expect(document.consentHistory.length).toBeGreaterThan(0);
    expect(Object.keys(document.equalityAnswers).length).toBeGreaterThan(0);
    expect(document.audit[0]).toMatchObject({ action: "export", resource: "subject-access", recordId: speaker.id });

    for (const email of ["lead@example.org", "events@example.org", "manager@example.org"]) {
      expect((await (await api.as(email)).get(`/api/people/${speaker.id}/subject-access`)).status, email).toBe(403);
    }
  });

  it("erases a person: no trace of the name anywhere, every figure unchanged, and only once", async () => {
    const speaker = await demoSpeaker();
    const admin = await api.as("admin@example.org");
    const before = await admin.get(`/api/people/${speaker.id}`);
    const person: Person = await before.json();
    // A change before erasure: its values are in the audit until the erasure.
    const renamed = `${speaker.name} Ellery`;
    const patch = await admin.request("PATCH", `/api/people/${speaker.id}`, {
      name: renamed,
      phone: "01632 960444",
      version: person.version,
    });
    expect(patch.status).toBe(200);
    const [change] = (await (await admin.get(`/api/audit?personId=${speaker.id}&action=update`)).json()).items;
    expect(change.changes).toContainEqual({ field: "name", before: speaker.name, after: renamed });

    const figures = async () =>
      Promise.all(["/api/metrics/dashboard", "/api/metrics/charts"].map((path) => read(admin, path)));
    const figuresBefore = await figures();
    const deleted = await admin.request("DELETE", `/api/people/${speaker.id}`);
    expect(deleted.status).toBe(409);
    expect(await deleted.json()).toMatchObject({ code: "use_erasure", detail: expect.stringContaining("erase") });

    const noReason = await admin.request("POST", `/api/people/${speaker.id}/erase`, { reason: " " });
    expect(noReason.status).toBe(422);
    expect(paths(await noReason.json())).toEqual(["reason"]);
    // The reason stays in the log for good: not with their name or number in it.
    const naming = await admin.request("POST", `/api/people/${speaker.id}/erase`, {
      reason: `${renamed} asked us on 01632 960444`,
    });
    expect(naming.status).toBe(422);
    expect(paths(await naming.json())).toEqual(["reason"]);
    const erased = await admin.request("POST", `/api/people/${speaker.id}/erase`, { reason: "Asked to be forgotten" });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ name: "Erased person", email: null, phone: null, livedExperience: [] });
    expect(await figures()).toEqual(figuresBefore);

    const everywhere = await Promise.all(
      [
        `/api/people/${speaker.id}`,
        `/api/people?search=${encodeURIComponent(speaker.name.split(" ")[0] as string)}&pageSize=100`,
        `/api/involvements?personId=${speaker.id}&pageSize=100`,
        `/api/involvements?workItemId=${speaker.work_item_id}&pageSize=100`,
        `/api/bursaries?pageSize=100`,
        `/api/work-items/${speaker.work_item_id}/public-agenda`,
        `/api/work-items/${speaker.work_item_id}/agenda-target`,
        `/api/feedback?pageSize=100`,
        `/api/audit?personId=${speaker.id}&pageSize=100`,
        "/api/audit?pageSize=100",
        "/api/export/audit.csv",
        `/api/people/${speaker.id}/subject-access`,
        "/api/export/people.csv",
        "/api/export/involvements.csv",
        "/api/export/bursaries.csv",
        "/api/export/feedback.csv",
        "/api/export/work-items.csv",
      ].map((path) => read(admin, path)),
    );
    for (const text of everywhere) {
      expect(text).not.toContain(speaker.name);
      expect(text).not.toContain("01632 960444");
    }
    const history = await (await admin.get(`/api/audit?personId=${speaker.id}&pageSize=100`)).json();
    expect(history.items.filter((e: { action: string }) => e.action === "erase")).toEqual([
      expect.objectContaining({ detail: { reason: "Asked to be forgotten" }, subjectName: "Erased person" }),
    ]);
    expect(history.items.find((e: { action: string }) => e.action === "update").changes).toContainEqual({
      field: "name",
      before: "(erased)",
      after: "(erased)",
    });
    const agenda = await (await admin.get(`/api/work-items/${speaker.work_item_id}/public-agenda`)).json();
    expect(agenda.speakers.map((s: { publicName: string }) => s.publicName)).toContain("Patient speaker");
    expect((await admin.get(`/api/people/${speaker.id}/equality`)).status).toBe(404);

    const again = await admin.request("POST", `/api/people/${speaker.id}/erase`, { reason: "Twice" });
    expect(again.status).toBe(409);
    const erasedNow = await (await admin.get(`/api/people/${speaker.id}`)).json();
    const putBack = await admin.request("PATCH", `/api/people/${speaker.id}`, {
      name: speaker.name,
      version: erasedNow.version,
    });
    expect(putBack.status).toBe(409);
    const lead = await api.as("lead@example.org");
    expect((await lead.request("POST", `/api/people/${speaker.id}/erase`, { reason: "No" })).status).toBe(403);
  });
});
