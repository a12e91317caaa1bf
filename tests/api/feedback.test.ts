import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { createItem, paths } from "./helpers";

const api = setupApi({ clock: () => new Date("2026-11-28T12:00:00Z") });

describe("feedback and actions", () => {
  it("logs feedback (201), anonymous and general, and reads it back", async () => {
    const lead = await api.as("lead@example.org");
    const response = await lead.request("POST", "/api/feedback", {
      receivedOn: "2026-11-20",
      channel: "email",
      summary: "The captions on the webinar recording were missing.",
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({
      personId: null,
      workItemId: null,
      actionStatus: "open",
      overdue: false,
      toldBackOn: null,
      version: 1,
    });
    expect(await (await lead.get(`/api/feedback/${created.id}`)).json()).toEqual(created);
  });

  it("lists open actions with the overdue ones first", async () => {
    const lead = await api.as("lead@example.org");
    const { me } = { me: (await (await lead.get("/api/auth/me")).json()).user };
    const post = (due: string, summary: string) =>
      lead.request("POST", "/api/feedback", {
        receivedOn: "2026-10-01",
        channel: "meeting",
        summary,
        action: "Fix it",
        actionOwnerId: me.id,
        actionDueOn: due,
      });
    await post("2026-12-31", "Not yet due");
    await post("2026-11-01", "Overdue one");
    const page = await (await lead.get("/api/feedback?actions=open&pageSize=100")).json();
    expect(page.items.every((f: { actionStatus: string }) => ["open", "in_progress"].includes(f.actionStatus))).toBe(
      true,
    );
    const overdueFlags = page.items.map((f: { overdue: boolean }) => f.overdue);
    const firstNotOverdue = overdueFlags.indexOf(false);
    expect(overdueFlags.slice(firstNotOverdue).every((o: boolean) => !o)).toBe(true);
    const overdue = page.items.find((f: { summary: string }) => f.summary === "Overdue one");
    expect(overdue.overdue).toBe(true);
  });

  it("closes an action with 'told back', and refuses wont_do without a reason", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "event" });
    const created = await (
      await lead.request("POST", "/api/feedback", {
        workItemId: item.id,
        receivedOn: "2026-11-01",
        channel: "survey",
        summary: "Breaks were too short.",
        action: "Build in 15-minute breaks.",
        actionDueOn: "2026-11-15",
      })
    ).json();
    const wontDo = await lead.request("PATCH", `/api/feedback/${created.id}`, { actionStatus: "wont_do", version: 1 });
    expect(wontDo.status).toBe(422);
    expect(paths(await wontDo.json())).toEqual(["wontDoReason"]);

    const closed = await lead.request("PATCH", `/api/feedback/${created.id}`, {
      actionStatus: "done",
      toldBackOn: "2026-11-20",
      version: 1,
    });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({
      actionStatus: "done",
      toldBackOn: "2026-11-20",
      overdue: false,
      version: 2,
    });
    const stale = await lead.request("PATCH", `/api/feedback/${created.id}`, { summary: "x", version: 1 });
    expect(stale.status).toBe(409);
  });

  it("validates input and roles", async () => {
    const lead = await api.as("lead@example.org");
    const bad = await lead.request("POST", "/api/feedback", {
      receivedOn: "2026-13-01",
      channel: "pigeon",
      summary: "",
      personId: "00000000-0000-4000-8000-000000000000",
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["channel", "receivedOn", "summary"]);
    const unknownPerson = await lead.request("POST", "/api/feedback", {
      receivedOn: "2026-11-01",
      channel: "email",
      summary: "Hello",
      personId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownPerson.status).toBe(422);
    expect(paths(await unknownPerson.json())).toEqual(["personId"]);
    const manager = await api.as("manager@example.org");
    expect((await manager.get("/api/feedback")).status).toBe(200);
    expect(
      (await manager.request("POST", "/api/feedback", { receivedOn: "2026-11-01", channel: "email", summary: "x" }))
        .status,
    ).toBe(403);
    expect((await lead.get("/api/feedback?actions=all")).status).toBe(400);
    expect((await api.anonymous.get("/api/feedback")).status).toBe(401);
  });
});
