import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { paths } from "./helpers";

const api = setupApi();

type PersonBody = Record<string, unknown> & { id: string; version: number };

const newPatient = {
  name: "Rhiannon Testwell",
  email: "rhiannon.testwell@example.net",
  phone: "07700 900999",
  perspectives: ["patient", "carer"],
  livedExperience: ["HIV", "unpaid caring"],
  accessNeeds: "Step-free access.",
  paymentPreference: "bank_transfer",
  retentionReviewOn: "2029-04-01",
  consents: { contact: { givenOn: "2026-01-10", withdrawnOn: null }, equalityMonitoring: null, namedPublicly: null },
};

async function create(body: Record<string, unknown> = newPatient): Promise<PersonBody> {
  const lead = await api.as("lead@example.org");
  const response = await lead.request("POST", "/api/people", body);
  if (response.status !== 201) throw new Error(`create person: ${response.status} ${await response.text()}`);
  return response.json();
}

describe("people directory", () => {
  it("creates a person (201) and reads them back with every field", async () => {
    const created = await create();
    expect(created).toMatchObject({ ...newPatient, version: 1 });
    const events = await api.as("events@example.org");
    expect(await (await events.get(`/api/people/${created.id}`)).json()).toEqual(created);
  });

  it("lists with the paging envelope, filtered by perspective and searched by name", async () => {
    const created = await create({ ...newPatient, name: "Zebedee Uniquename", perspectives: ["service_user"] });
    const lead = await api.as("lead@example.org");
    const serviceUsers = await (await lead.get("/api/people?perspective=service_user&pageSize=100")).json();
    expect(serviceUsers.total).toBeGreaterThan(0);
    expect(serviceUsers.items.every((p: { perspectives: string[] }) => p.perspectives.includes("service_user"))).toBe(
      true,
    );
    const found = await (await lead.get("/api/people?search=uniquename")).json();
    expect(found.items.map((p: PersonBody) => p.id)).toEqual([created.id]);
    const combined = await (await lead.get("/api/people?search=uniquename&perspective=carer")).json();
    expect(combined.total).toBe(0);
    expect((await lead.get("/api/people?perspective=alien")).status).toBe(400);
  });

  it("filters by lived experience and lists the tags in use for the filter", async () => {
    const created = await create({ ...newPatient, name: "Tag Probe", livedExperience: ["Zz rare condition"] });
    const manager = await api.as("manager@example.org");
    const tags = (await (await manager.get("/api/lived-experience-tags")).json()).items as string[];
    expect(tags).toContain("Zz rare condition");
    expect(tags).toEqual([...new Set(tags)]);
    expect(tags).toEqual([...tags].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const lead = await api.as("lead@example.org");
    const found = await (
      await lead.get(`/api/people?livedExperience=${encodeURIComponent("Zz rare condition")}`)
    ).json();
    expect(found.items.map((p: PersonBody) => p.id)).toEqual([created.id]);
    // A manager sees lived experience only in aggregate: the filter would say who has it.
    expect((await manager.get(`/api/people?livedExperience=${encodeURIComponent("Zz rare condition")}`)).status).toBe(
      403,
    );
  });

  it("leaves contact details, lived experience and access needs out for a manager, and never searches them", async () => {
    const created = await create({ ...newPatient, name: "Contact Probe", email: "hidden-probe@example.net" });
    const manager = await api.as("manager@example.org");
    const seen = await (await manager.get(`/api/people/${created.id}`)).json();
    expect(seen.name).toBe("Contact Probe");
    for (const key of ["email", "phone", "livedExperience", "accessNeeds"]) expect(seen).not.toHaveProperty(key);
    const page = await (await manager.get("/api/people?pageSize=100")).json();
    for (const item of page.items)
      for (const key of ["email", "phone", "livedExperience", "accessNeeds"]) expect(item).not.toHaveProperty(key);
    expect((await (await manager.get("/api/people?search=hidden-probe")).json()).total).toBe(0);
    const lead = await api.as("lead@example.org");
    expect((await (await lead.get("/api/people?search=hidden-probe")).json()).total).toBe(1);
  });

  it("lets lead, events and admin create and edit people; a manager gets 403", async () => {
    const manager = await api.as("manager@example.org");
    expect((await manager.request("POST", "/api/people", newPatient)).status).toBe(403);
    const created = await create();
    expect((await manager.request("PATCH", `/api/people/${created.id}`, { name: "x", version: 1 })).status).toBe(403);
    expect((await manager.request("DELETE", `/api/people/${created.id}`)).status).toBe(403);
    const events = await api.as("events@example.org");
    expect((await events.request("PATCH", `/api/people/${created.id}`, { name: "Renamed", version: 1 })).status).toBe(
      200,
    );
  });

  it("withdraws one consent, keeping its dates and the other consents", async () => {
    const created = await create({
      ...newPatient,
      consents: {
        contact: { givenOn: "2026-01-10" },
        equalityMonitoring: { givenOn: "2026-01-10" },
        namedPublicly: null,
      },
    });
    const lead = await api.as("lead@example.org");
    const response = await lead.request("PATCH", `/api/people/${created.id}`, {
      consents: { equalityMonitoring: { givenOn: "2026-01-10", withdrawnOn: "2026-03-01" } },
      version: created.version,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).consents).toEqual({
      contact: { givenOn: "2026-01-10", withdrawnOn: null },
      equalityMonitoring: { givenOn: "2026-01-10", withdrawnOn: "2026-03-01" },
      namedPublicly: null,
    });
  });

  it("refuses bad input with field errors, and a stale version with 409", async () => {
    const lead = await api.as("lead@example.org");
    const bad = await lead.request("POST", "/api/people", {
      name: "",
      email: "not-an-email",
      perspectives: ["alien"],
      consents: { contact: { givenOn: "2026-05-01", withdrawnOn: "2026-04-01" } },
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["consents.contact.withdrawnOn", "email", "name", "perspectives.0"]);
    expect((await lead.request("POST", "/api/people", { name: "No perspective", perspectives: [] })).status).toBe(422);

    const created = await create();
    await lead.request("PATCH", `/api/people/${created.id}`, { name: "First", version: 1 });
    const stale = await lead.request("PATCH", `/api/people/${created.id}`, { name: "Second", version: 1 });
    expect(stale.status).toBe(409);
  });

  it("deletes a person with no involvements (204); 404 after", async () => {
    const created = await create();
    const admin = await api.as("admin@example.org");
    expect((await admin.request("DELETE", `/api/people/${created.id}`)).status).toBe(204);
    expect((await admin.get(`/api/people/${created.id}`)).status).toBe(404);
    expect((await api.anonymous.get("/api/people")).status).toBe(401);
  });
});
