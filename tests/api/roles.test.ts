import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { createItem, directory, validItem } from "./helpers";

const api = setupApi();

describe("roles, enforced on the server", () => {
  it("every role reads", async () => {
    for (const email of ["lead@example.org", "events@example.org", "manager@example.org", "admin@example.org"]) {
      const client = await api.as(email);
      expect((await client.get("/api/work-items")).status).toBe(200);
      expect((await client.get("/api/teams")).status).toBe(200);
      expect((await client.get("/api/users")).status).toBe(200);
    }
  });

  it("manager cannot create, change or delete (403)", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const item = await createItem(admin, { kind: "research" });
    const { teams, me } = await directory(manager);
    const create = await manager.request("POST", "/api/work-items", {
      title: "Not allowed",
      kind: "research",
      teamId: teams[0]?.id,
      leadId: me.id,
      startDate: "2026-01-01",
      endDate: null,
      status: "planned",
      summary: "",
    });
    expect(create.status).toBe(403);
    expect(create.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await manager.request("PATCH", `/api/work-items/${item.id}`, { title: "x", version: 1 })).status).toBe(403);
    expect((await manager.request("DELETE", `/api/work-items/${item.id}`)).status).toBe(403);
    expect((await admin.get(`/api/work-items/${item.id}`)).status).toBe(200);
  });

  it("lead creates items, and changes and deletes only items they lead", async () => {
    const lead = await api.as("lead@example.org");
    const admin = await api.as("admin@example.org");
    const mine = await createItem(lead, { kind: "research" });
    expect(
      (await lead.request("PATCH", `/api/work-items/${mine.id}`, { title: "Mine, renamed", version: 1 })).status,
    ).toBe(200);

    const { users } = await directory(admin);
    const otherLead = users.find((u) => u.role === "admin")?.id as string;
    const theirs = await createItem(admin, { kind: "research", leadId: otherLead });
    expect((await lead.request("PATCH", `/api/work-items/${theirs.id}`, { title: "Hijack", version: 1 })).status).toBe(
      403,
    );
    expect((await lead.request("DELETE", `/api/work-items/${theirs.id}`)).status).toBe(403);
    expect((await lead.request("DELETE", `/api/work-items/${mine.id}`)).status).toBe(204);
  });

  it("events works only on conference and event items, and cannot change their kind", async () => {
    const events = await api.as("events@example.org");
    const admin = await api.as("admin@example.org");
    const conference = await createItem(events, { kind: "conference" });
    expect(conference.kind).toBe("conference");

    const research = await events.request("POST", "/api/work-items", await validItem(events, { kind: "research" }));
    expect(research.status).toBe(403);

    const toResearch = await events.request("PATCH", `/api/work-items/${conference.id}`, {
      kind: "research",
      version: 1,
    });
    expect(toResearch.status).toBe(403);
    expect((await admin.get(`/api/work-items/${conference.id}`)).status).toBe(200);
    expect((await (await admin.get(`/api/work-items/${conference.id}`)).json()).kind).toBe("conference");

    const adminsResearch = await createItem(admin, { kind: "research" });
    expect(
      (await events.request("PATCH", `/api/work-items/${adminsResearch.id}`, { title: "x", version: 1 })).status,
    ).toBe(403);
    expect((await events.request("DELETE", `/api/work-items/${adminsResearch.id}`)).status).toBe(403);

    const renamed = await events.request("PATCH", `/api/work-items/${conference.id}`, { title: "Renamed", version: 1 });
    expect(renamed.status).toBe(200);
    expect((await events.request("DELETE", `/api/work-items/${conference.id}`)).status).toBe(204);
  });

  it("admin may do everything", async () => {
    const admin = await api.as("admin@example.org");
    const lead = await api.as("lead@example.org");
    const leads = await createItem(lead, { kind: "blog" });
    expect(
      (await admin.request("PATCH", `/api/work-items/${leads.id}`, { kind: "conference", version: 1 })).status,
    ).toBe(200);
    expect((await admin.request("DELETE", `/api/work-items/${leads.id}`)).status).toBe(204);
  });
});
