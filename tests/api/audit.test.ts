import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem, paths } from "./helpers";

const api = setupApi({ clientAddress: () => "203.0.113.7" });

type Entry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  resource: string;
  recordId: string | null;
  subjectPersonId: string | null;
  subjectName: string | null;
  address: string;
  detail: Record<string, unknown> | null;
  changes: { field: string; before: unknown; after: unknown }[] | null;
};
type Person = { id: string; name: string; version: number; phone?: string | null };

async function auditOf(admin: Client, query: string): Promise<Entry[]> {
  const response = await admin.get(`/api/audit?pageSize=100&${query}`);
  expect(response.status).toBe(200);
  return (await response.json()).items;
}

async function newPerson(client: Client, name: string, more: Record<string, unknown> = {}): Promise<Person> {
  const response = await client.request("POST", "/api/people", {
    name,
    perspectives: ["carer"],
    phone: "01632 960001",
    consents: { contact: { givenOn: "2026-02-01", withdrawnOn: null } },
    ...more,
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe("the audit log", () => {
  it("records a manager's read, a refused equality read, and an admin's change of phone with its values", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const person = await newPerson(admin, "Orla Penhaligon");

    expect((await manager.get(`/api/people/${person.id}`)).status).toBe(200);
    expect((await manager.get(`/api/people/${person.id}/equality`)).status).toBe(403);
    const changed = await admin.request("PATCH", `/api/people/${person.id}`, {
      phone: "01632 960002",
      version: person.version,
    });
    expect(changed.status).toBe(200);

    const entries = await auditOf(admin, `personId=${person.id}`);
    const [update, denied, read, create] = entries;
    expect(update).toMatchObject({
      action: "update",
      resource: "people",
      recordId: person.id,
      actorName: "Dev Halloran",
      address: "203.0.113.7",
      changes: [{ field: "phone", before: "01632 960001", after: "01632 960002" }],
    });
    expect(denied).toMatchObject({
      action: "denied",
      resource: "equality",
      recordId: person.id,
      actorName: "Grace Okonjo",
      detail: { method: "GET", route: "/api/people/{id}/equality" },
    });
    expect(read).toMatchObject({ action: "read", resource: "people", recordId: person.id, actorName: "Grace Okonjo" });
    expect(create).toMatchObject({ action: "create", resource: "people", recordId: person.id, changes: null });
    // Newest first, each with its time.
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
    expect(entries.every((e) => e.subjectName === "Orla Penhaligon")).toBe(true);
  });

  it("records every export: which file, its filters (free text withheld) and how many rows", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const csv = await (await manager.get("/api/export/people.csv?perspective=carer&search=Ol")).text();
    const rows = csv.trim().split("\n").length - 1;
    const managerId = (await (await manager.get("/api/auth/me")).json()).user.id;
    const [exported] = await auditOf(admin, `action=export&actorId=${managerId}`);
    expect(exported).toMatchObject({
      resource: "people",
      actorName: "Grace Okonjo",
      detail: { file: "people.csv", filters: { perspective: "carer", search: "(text not recorded)" }, rows },
    });

    const log = await admin.get("/api/export/audit.csv?action=export&resource=people");
    expect(log.status).toBe(200);
    expect(log.headers.get("content-type")).toContain("text/csv");
    const lines = (await log.text()).trim().split("\n");
    expect(lines[0]).toContain("When,Who,Action,Resource,Record,Person,Address,Details,Changes");
    expect(lines.slice(1).every((line) => line.includes(",export,people,"))).toBe(true);
    expect(lines.some((line) => line.includes("Grace Okonjo"))).toBe(true);
    const [itself] = await auditOf(admin, "action=export&resource=audit");
    expect(itself?.detail).toMatchObject({ file: "audit.csv", rows: lines.length - 1 });
    expect((await manager.get("/api/export/audit.csv")).status).toBe(403);
  });

  it("names special-category fields that changed, never their values", async () => {
    const admin = await api.as("admin@example.org");
    const person = await newPerson(admin, "Idris Fenwick", { livedExperience: ["Long covid"], accessNeeds: "" });
    const changed = await admin.request("PATCH", `/api/people/${person.id}`, {
      livedExperience: ["Long covid", "Sickle cell"],
      accessNeeds: "Step-free access",
      version: person.version,
    });
    expect(changed.status).toBe(200);
    const [update] = await auditOf(admin, `personId=${person.id}&action=update`);
    expect(update?.changes).toEqual([
      { field: "livedExperience", before: "changed", after: "changed" },
      { field: "accessNeeds", before: "changed", after: "changed" },
    ]);
    const log = JSON.stringify(await auditOf(admin, `personId=${person.id}`));
    expect(log).not.toContain("Sickle cell");
    expect(log).not.toContain("Step-free");
  });

  it("records reading one person's involvements, and deletes", async () => {
    const admin = await api.as("admin@example.org");
    const lead = await api.as("lead@example.org");
    const person = await newPerson(admin, "Wren Atherley");
    expect((await lead.get(`/api/involvements?personId=${person.id}`)).status).toBe(200);
    expect((await admin.request("DELETE", `/api/people/${person.id}`)).status).toBe(204);
    const [deleted, read] = await auditOf(admin, `personId=${person.id}`);
    expect(deleted).toMatchObject({ action: "delete", resource: "people", recordId: person.id });
    expect(read).toMatchObject({
      action: "read",
      resource: "involvements",
      actorName: "Priya Ashworth",
      detail: { filters: { personId: person.id }, rows: 0 },
    });
  });

  it("records reading a person's bursary (care costs) and their bursaries and feedback, never the values", async () => {
    const admin = await api.as("admin@example.org");
    const events = await api.as("events@example.org");
    const person = await newPerson(admin, "Tamsin Rowe-Bryher");
    const event = await createItem(admin, { title: "Audited bursary event", kind: "event" });
    const created = await events.request("POST", "/api/bursaries", {
      workItemId: event.id,
      personId: person.id,
      status: "applied",
      carePence: 4321,
    });
    expect(created.status).toBe(201);
    const bursary = await created.json();
    expect((await events.get(`/api/bursaries/${bursary.id}`)).status).toBe(200);
    expect((await events.get(`/api/bursaries?personId=${person.id}`)).status).toBe(200);
    expect((await events.get(`/api/feedback?personId=${person.id}`)).status).toBe(200);

    const reads = (await auditOf(admin, `personId=${person.id}&action=read`)).reverse();
    expect(reads).toMatchObject([
      { resource: "bursaries", recordId: bursary.id, actorName: "Tomasz Whitfield" },
      { resource: "bursaries", actorName: "Tomasz Whitfield", detail: { filters: { personId: person.id }, rows: 1 } },
      { resource: "feedback", actorName: "Tomasz Whitfield", detail: { filters: { personId: person.id }, rows: 0 } },
    ]);
    // The care cost is in no entry's details or changes (compared as values: an id can hold any digits).
    const values: unknown[] = [];
    const collect = (value: unknown): void => {
      if (value && typeof value === "object") Object.values(value).forEach(collect);
      else values.push(value);
    };
    for (const entry of await auditOf(admin, `personId=${person.id}`)) collect([entry.detail, entry.changes]);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => value === 4321 || value === "4321" || value === "43.21")).toEqual([]);
  });

  it("records sign-ins, failed sign-ins and sign-outs, without what was typed", async () => {
    const admin = await api.as("admin@example.org");
    const wrong = await api.anonymous.request("POST", "/api/auth/login", {
      email: "events@example.org",
      password: "not-the-password-at-all",
    });
    expect(wrong.status).toBe(401);
    const events = await api.as("events@example.org");
    expect((await events.request("POST", "/api/auth/logout")).status).toBe(204);
    const me = await (await events.get("/api/auth/me")).status;
    expect(me).toBe(401);

    const accounts = await (await admin.get("/api/users")).json();
    const eventsId = accounts.items.find((u: { email?: string; name: string }) => u.name === "Tomasz Whitfield").id;
    const entries = await auditOf(admin, `actorId=${eventsId}&resource=sign-in`);
    expect(entries.slice(0, 3).map((e) => e.action)).toEqual(["sign_out", "sign_in", "sign_in_failed"]);
    expect(entries[2]).toMatchObject({ detail: { outcome: "failure", reason: "wrong_password" } });
    expect(JSON.stringify(entries)).not.toContain("not-the-password");
    expect(JSON.stringify(entries)).not.toContain(demoPassword);
  });

  it("filters by action, resource and time, and refuses a bad filter at its parameter", async () => {
    const admin = await api.as("admin@example.org");
    const person = await newPerson(admin, "Tamsin Roskilly");
    const reads = await auditOf(admin, "action=create&resource=people");
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.action === "create" && e.resource === "people")).toBe(true);

    const [created] = await auditOf(admin, `personId=${person.id}`);
    const at = created?.at as string;
    expect((await auditOf(admin, `personId=${person.id}&from=${at}&to=${at}`)).map((e) => e.id)).toEqual([created?.id]);
    const later = new Date(Date.parse(at) + 1).toISOString();
    expect(await auditOf(admin, `personId=${person.id}&from=${later}`)).toEqual([]);
    const day = at.slice(0, 10);
    expect((await auditOf(admin, `personId=${person.id}&from=${day}&to=${day}`)).length).toBe(1);

    for (const extreme of ["to=9999-12-31", "from=0000-01-01", "from=0000-01-01T00:00:00Z"]) {
      const response = await admin.get(`/api/audit?${extreme}`);
      expect(response.status, extreme).toBe(400);
    }
    // A range holding no moment is refused at "to", in the list and its exports; a day and an
    // instant in it are fine (the day runs to its end).
    for (const path of ["/api/audit", "/api/export/audit.csv", "/api/export/audit.xlsx"]) {
      const backwards = await admin.get(`${path}?from=2026-05-02&to=2026-05-01`);
      expect(backwards.status, path).toBe(400);
      expect(await backwards.json()).toMatchObject({
        errors: [{ path: "to", message: "The end of the range must be on or after its start" }],
      });
    }
    expect((await admin.get("/api/audit?from=2026-05-01T10:00:00Z&to=2026-05-01")).status).toBe(200);
    expect((await admin.get("/api/audit?from=2026-05-01T10:00:00Z&to=2026-05-01T09:00:00Z")).status).toBe(400);
    const bad = await admin.get("/api/audit?action=looked&from=yesterday&personId=7");
    expect(bad.status).toBe(400);
    expect(paths(await bad.json())).toEqual(["action", "from", "personId"]);
  });

  it("is admin's only, and a refusal is itself recorded", async () => {
    const admin = await api.as("admin@example.org");
    for (const email of ["lead@example.org", "events@example.org", "manager@example.org"]) {
      const response = await (await api.as(email)).get("/api/audit");
      expect(response.status, email).toBe(403);
    }
    const refusals = await auditOf(admin, "action=denied&resource=audit");
    // Made in the same moment, they may tie on time: compared as a set.
    expect(
      refusals
        .slice(0, 3)
        .map((e) => e.actorName)
        .sort(),
    ).toEqual(["Grace Okonjo", "Priya Ashworth", "Tomasz Whitfield"]);
  });

  it("cannot be changed or deleted, even by the database's own user", async () => {
    const [entry] = await auditOf(await api.as("admin@example.org"), "");
    expect(entry).toBeDefined();
    // Drizzle wraps the database's error: its cause says why.
    const refusal = (statement: ReturnType<typeof sql>) =>
      api.db.execute(statement).then(
        () => "done",
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(sql`update audit_log set actor_name = 'someone else'`)).toMatch(/append-only: UPDATE/);
    expect(await refusal(sql`delete from audit_log where id = ${entry?.id}`)).toMatch(/append-only: DELETE/);
    expect(await refusal(sql`truncate audit_log cascade`)).toMatch(/append-only: TRUNCATE/);
    const [still] = await auditOf(await api.as("admin@example.org"), `resource=${entry?.resource}`);
    expect(still?.actorName).not.toBe("someone else");
  });
});
