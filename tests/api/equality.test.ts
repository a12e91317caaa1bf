import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { paths } from "./helpers";

const api = setupApi();

type Person = { id: string; name: string; version: number };
const consentGiven = { givenOn: "2026-03-01", withdrawnOn: null };
const answers = { ageBand: "35-44", ethnicity: "black", disability: "prefer_not_to_say", region: "london" };

async function newPerson(client: Client, name: string, equalityMonitoring: unknown = consentGiven): Promise<Person> {
  const response = await client.request("POST", "/api/people", {
    name,
    perspectives: ["patient"],
    consents: { contact: null, equalityMonitoring, namedPublicly: null },
  });
  if (response.status !== 201) throw new Error(`create person: ${response.status} ${await response.text()}`);
  return response.json();
}

describe("equality monitoring", () => {
  it("records answers with consent; only admin reads them, and each read is audited", async () => {
    const events = await api.as("events@example.org");
    const person = await newPerson(events, "Sunniva Hartcombe");
    const path = `/api/people/${person.id}/equality`;
    const recorded = await events.request("PUT", path, answers);
    expect(recorded.status).toBe(204);
    expect(await recorded.text()).toBe("");

    for (const email of ["lead@example.org", "events@example.org", "manager@example.org"]) {
      const response = await (await api.as(email)).get(path);
      expect(response.status, email).toBe(403);
      expect(await response.text()).not.toContain("black");
    }
    const admin = await api.as("admin@example.org");
    const read = await admin.get(path);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(answers);

    const log = await (await admin.get(`/api/audit?resource=equality&personId=${person.id}`)).json();
    expect(log.items[0]).toMatchObject({
      actorName: "Dev Halloran",
      action: "read",
      resource: "equality",
      recordId: person.id,
      subjectPersonId: person.id,
      subjectName: "Sunniva Hartcombe",
    });
    // Three refusals (lead, events, manager), newest first, between the record and the read.
    expect(log.items.slice(1, 4).map((e: { action: string }) => e.action)).toEqual(["denied", "denied", "denied"]);
    expect(log.items[4]).toMatchObject({ actorName: "Tomasz Whitfield", action: "create" });
    // The answers' values are never in the log: only which questions changed.
    expect(JSON.stringify(log)).not.toContain("black");
    expect(log.items[4].changes).toBeNull();
    expect((await events.get("/api/audit")).status).toBe(403);
  });

  it("refuses answers without consent, and a manager recording them", async () => {
    const lead = await api.as("lead@example.org");
    const noConsent = await newPerson(lead, "Arlo Quennell", null);
    const refused = await lead.request("PUT", `/api/people/${noConsent.id}/equality`, answers);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect((await refused.json()).detail).toContain("consent");
    const manager = await api.as("manager@example.org");
    const withConsent = await newPerson(lead, "Bea Trelawny");
    expect((await manager.request("PUT", `/api/people/${withConsent.id}/equality`, answers)).status).toBe(403);
  });

  it("names the field of an answer that is not allowed (422), and unknown questions", async () => {
    const lead = await api.as("lead@example.org");
    const person = await newPerson(lead, "Cass Morrow");
    const response = await lead.request("PUT", `/api/people/${person.id}/equality`, {
      ethnicity: "martian",
      ageBand: "12-15",
      shoeSize: "9",
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(paths(body)).toEqual(expect.arrayContaining(["ageBand", "ethnicity"]));
    expect(JSON.stringify(body)).toContain("shoeSize");
  });

  it("deletes the answers when the consent is withdrawn", async () => {
    const lead = await api.as("lead@example.org");
    const admin = await api.as("admin@example.org");
    const person = await newPerson(lead, "Dara Penhallow");
    const path = `/api/people/${person.id}/equality`;
    expect((await lead.request("PUT", path, answers)).status).toBe(204);
    expect((await admin.get(path)).status).toBe(200);

    const withdrawn = await lead.request("PATCH", `/api/people/${person.id}`, {
      consents: { equalityMonitoring: { givenOn: "2026-03-01", withdrawnOn: "2026-11-01" } },
      version: person.version,
    });
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).consents.equalityMonitoring).toEqual({
      givenOn: "2026-03-01",
      withdrawnOn: "2026-11-01",
    });
    expect((await admin.get(path)).status).toBe(404);
    expect((await lead.request("PUT", path, answers)).status).toBe(409);
    const log = await (await admin.get(`/api/audit?personId=${person.id}&resource=equality&action=delete`)).json();
    expect(log.items).toEqual([expect.objectContaining({ detail: { reason: "consent withdrawn" } })]);
  });

  it("deletes on request (DELETE) and the answers are gone", async () => {
    const events = await api.as("events@example.org");
    const admin = await api.as("admin@example.org");
    const person = await newPerson(events, "Ezra Hollings");
    const path = `/api/people/${person.id}/equality`;
    const saved = await admin.request("PUT", path, { sex: "male" });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ sex: "male" });
    expect((await events.request("DELETE", path)).status).toBe(204);
    expect((await admin.get(path)).status).toBe(404);
  });
});
