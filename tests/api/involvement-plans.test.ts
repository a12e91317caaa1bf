import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { createItem, directory, paths } from "./helpers";

const api = setupApi();

const decision = {
  considered: true,
  level: "involve",
  roles: ["co_researcher", "advisory_group"],
  budgetPence: 150_000,
  reason: "",
};

describe("the involvement decision (plan)", () => {
  it("is 404 while undecided; a first PUT records it (201) and GET reads it", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const before = await lead.get(`/api/work-items/${item.id}/plan`);
    expect(before.status).toBe(404);
    expect(before.headers.get("content-type")).toMatch(/problem\+json/);

    const put = await lead.request("PUT", `/api/work-items/${item.id}/plan`, decision);
    expect(put.status).toBe(201);
    const { me } = await directory(lead);
    const plan = await put.json();
    expect(plan).toMatchObject({ ...decision, workItemId: item.id, version: 1, consideredById: me.id });
    expect(plan.consideredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await (await lead.get(`/api/work-items/${item.id}/plan`)).json()).toEqual(plan);
  });

  it("replacing needs the version last read: 200 with it, 409 when stale, 422 at version when missing", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    await lead.request("PUT", `/api/work-items/${item.id}/plan`, decision);

    const missing = await lead.request("PUT", `/api/work-items/${item.id}/plan`, { ...decision, level: "consult" });
    expect(missing.status).toBe(422);
    expect(paths(await missing.json())).toEqual(["version"]);

    const replaced = await lead.request("PUT", `/api/work-items/${item.id}/plan`, {
      ...decision,
      level: "consult",
      version: 1,
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ level: "consult", version: 2 });

    const stale = await lead.request("PUT", `/api/work-items/${item.id}/plan`, {
      ...decision,
      level: "inform",
      version: 1,
    });
    expect(stale.status).toBe(409);
    // The same code as every stale write, so a client handles them alike.
    expect(await stale.json()).toMatchObject({ status: 409, code: "stale_version" });
    expect((await (await lead.get(`/api/work-items/${item.id}/plan`)).json()).level).toBe("consult");
  });

  it("refuses level none without a reason (422 at reason), and accepts it with one", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "other" });
    const refused = await lead.request("PUT", `/api/work-items/${item.id}/plan`, {
      considered: true,
      level: "none",
      reason: "   ",
    });
    expect(refused.status).toBe(422);
    expect(paths(await refused.json())).toEqual(["reason"]);
    expect((await lead.get(`/api/work-items/${item.id}/plan`)).status).toBe(404);

    const accepted = await lead.request("PUT", `/api/work-items/${item.id}/plan`, {
      considered: true,
      level: "none",
      reason: "An internal finance process with no public-facing part.",
    });
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ level: "none", roles: [], budgetPence: null });
  });

  it("answers 4xx with field errors to bad bodies", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin, { kind: "blog" });
    const bad = await admin.request("PUT", `/api/work-items/${item.id}/plan`, {
      considered: "yes",
      level: "shout",
      roles: ["juggler"],
      budgetPence: -1,
      consideredOn: "2026-02-30",
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["budgetPence", "consideredOn", "considered", "level", "roles.0"].sort());
    expect((await admin.request("PUT", `/api/work-items/${item.id}/plan`, "{nope")).status).toBe(400);
  });

  it("follows the work item's roles: managers read only, leads only their items, events only events", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const lead = await api.as("lead@example.org");
    const events = await api.as("events@example.org");
    const adminsResearch = await createItem(admin, { kind: "research" });

    for (const client of [manager, lead, events]) {
      expect((await client.request("PUT", `/api/work-items/${adminsResearch.id}/plan`, decision)).status).toBe(403);
    }
    const conference = await createItem(admin, { kind: "conference" });
    expect((await events.request("PUT", `/api/work-items/${conference.id}/plan`, decision)).status).toBe(201);
    expect((await manager.get(`/api/work-items/${conference.id}/plan`)).status).toBe(200);
    expect((await api.anonymous.get(`/api/work-items/${conference.id}/plan`)).status).toBe(401);
    expect((await admin.get("/api/work-items/00000000-0000-4000-8000-000000000000/plan")).status).toBe(404);
  });

  it("filters the list by plan=undecided and plan=<level>, and a decided item leaves undecided at once", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "digital", title: "Undecided probe" });
    const undecided = async () =>
      (await (await lead.get("/api/work-items?plan=undecided&pageSize=100")).json()) as {
        items: { id: string; planLevel: string | null }[];
        total: number;
      };
    const first = await undecided();
    expect(first.items.map((i) => i.id)).toContain(item.id);
    expect(first.items.every((i) => i.planLevel === null)).toBe(true);

    await lead.request("PUT", `/api/work-items/${item.id}/plan`, { ...decision, level: "collaborate" });
    const second = await undecided();
    expect(second.items.map((i) => i.id)).not.toContain(item.id);
    expect(second.total).toBe(first.total - 1);

    const collaborate = await (await lead.get("/api/work-items?plan=collaborate&pageSize=100")).json();
    expect(collaborate.items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect(collaborate.items.every((i: { planLevel: string }) => i.planLevel === "collaborate")).toBe(true);

    const bad = await lead.get("/api/work-items?plan=maybe");
    expect(bad.status).toBe(400);
    expect(paths(await bad.json())).toEqual(["plan"]);
  });

  it("goes with its work item when the item is deleted", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin, { kind: "blog" });
    await admin.request("PUT", `/api/work-items/${item.id}/plan`, decision);
    expect((await admin.request("DELETE", `/api/work-items/${item.id}`)).status).toBe(204);
    expect((await admin.get(`/api/work-items/${item.id}/plan`)).status).toBe(404);
  });
});
