import { describe, expect, it } from "vitest";
import { type Client, setupApi } from "../setup/api";
import { createItem, createPerson, paths } from "./helpers";

const api = setupApi();

const newPerson = (client: Client, name = "Idris Fernhollow") =>
  createPerson(client, { name, livedExperience: ["HIV"] });

describe("involvements", () => {
  it("adds a person to a work item (201), lists them by work item and by person", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const person = await newPerson(lead);
    const response = await lead.request("POST", "/api/involvements", {
      workItemId: item.id,
      personId: person.id,
      role: "advisory_group",
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({
      workItemId: item.id,
      personId: person.id,
      personName: "Idris Fernhollow",
      role: "advisory_group",
      status: "invited",
      paymentStatus: "not_due",
      feePence: null,
      version: 1,
    });
    const byItem = await (await lead.get(`/api/involvements?workItemId=${item.id}`)).json();
    expect(byItem).toMatchObject({ total: 1, page: 1 });
    expect(byItem.items[0].id).toBe(created.id);
    const byPerson = await (await lead.get(`/api/involvements?personId=${person.id}`)).json();
    expect(byPerson.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    expect((await lead.get(`/api/involvements/${created.id}`)).status).toBe(200);
  });

  it("refuses confirmed without the brief, by POST and by PATCH; accepts it once ask and expectations are there", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const person = await newPerson(lead);
    const base = { workItemId: item.id, personId: person.id, role: "co_researcher" };

    const refused = await lead.request("POST", "/api/involvements", { ...base, status: "confirmed" });
    expect(refused.status).toBe(422);
    expect(paths(await refused.json())).toEqual(["ask", "expectations"]);

    const invited = await (await lead.request("POST", "/api/involvements", base)).json();
    const becoming = await lead.request("PATCH", `/api/involvements/${invited.id}`, {
      status: "confirmed",
      version: 1,
    });
    expect(becoming.status).toBe(422);
    expect(paths(await becoming.json())).toEqual(["ask", "expectations"]);

    const confirmed = await lead.request("PATCH", `/api/involvements/${invited.id}`, {
      status: "confirmed",
      ask: "Co-design the interview questions over three meetings.",
      expectations: "Paid at our standard rate, travel booked for you, and a summary of what changed.",
      feePence: 22_500,
      paymentStatus: "due",
      version: 1,
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: "confirmed", feePence: 22_500, version: 2 });

    const tookPart = await lead.request("PATCH", `/api/involvements/${invited.id}`, {
      status: "took_part",
      hours: 6.5,
      impact: "The survey now asks about stigma at the pharmacy counter.",
      version: 2,
    });
    expect(tookPart.status).toBe(200);
    expect(await tookPart.json()).toMatchObject({ status: "took_part", hours: 6.5, version: 3 });

    const stale = await lead.request("PATCH", `/api/involvements/${invited.id}`, { impact: "x", version: 2 });
    expect(stale.status).toBe(409);
  });

  it("follows the work item's roles: managers read only, leads only on their items", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const lead = await api.as("lead@example.org");
    const adminsItem = await createItem(admin, { kind: "research" });
    const person = await newPerson(admin);
    const body = { workItemId: adminsItem.id, personId: person.id, role: "reviewer" };
    expect((await manager.request("POST", "/api/involvements", body)).status).toBe(403);
    expect((await lead.request("POST", "/api/involvements", body)).status).toBe(403);
    const created = await (await admin.request("POST", "/api/involvements", body)).json();
    expect((await manager.get(`/api/involvements/${created.id}`)).status).toBe(200);
    expect((await manager.request("DELETE", `/api/involvements/${created.id}`)).status).toBe(403);
    expect((await api.anonymous.get("/api/involvements")).status).toBe(401);
  });

  it("answers 422 at the field for unknown work items or people and bad values", async () => {
    const admin = await api.as("admin@example.org");
    const missing = await admin.request("POST", "/api/involvements", {
      workItemId: "00000000-0000-4000-8000-000000000000",
      personId: "00000000-0000-4000-8000-000000000001",
      role: "reviewer",
    });
    expect(missing.status).toBe(422);
    expect(paths(await missing.json())).toEqual(["personId", "workItemId"]);
    const bad = await admin.request("POST", "/api/involvements", {
      workItemId: "nope",
      role: "juggler",
      status: "maybe",
      feePence: 12.5,
      paymentStatus: "owed",
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["feePence", "paymentStatus", "personId", "role", "status", "workItemId"]);
    expect((await admin.get("/api/involvements?status=maybe")).status).toBe(400);
  });

  it("keeps a person with involvements: deleting them is 409; without any, 204", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin, { kind: "blog" });
    const person = await newPerson(admin, "Kept Person");
    const involvement = await (
      await admin.request("POST", "/api/involvements", {
        workItemId: item.id,
        personId: person.id,
        role: "blog_contributor",
      })
    ).json();
    const refused = await admin.request("DELETE", `/api/people/${person.id}`);
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toMatch(/involvements/);
    expect((await admin.request("DELETE", `/api/involvements/${involvement.id}`)).status).toBe(204);
    expect((await admin.request("DELETE", `/api/people/${person.id}`)).status).toBe(204);
  });
});
