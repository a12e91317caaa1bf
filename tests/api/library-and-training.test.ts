import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { directory, paths } from "./helpers";

const api = setupApi();

describe("library enquiries", () => {
  it("logs an enquiry, marks it answered, and counts by month in the database", async () => {
    const events = await api.as("events@example.org");
    const before = await (await events.get("/api/library-enquiries/by-month")).json();
    const nov = (body: { items: { month: string; total: number; fromPublic: number }[] }) =>
      body.items.find((m) => m.month === "2026-11") ?? { total: 0, fromPublic: 0 };

    const created = await events.request("POST", "/api/library-enquiries", {
      receivedOn: "2026-11-03",
      requesterType: "carer",
      topic: "Respite care funding",
      channel: "phone",
    });
    expect(created.status).toBe(201);
    const enquiry = await created.json();
    expect(enquiry).toMatchObject({ answeredOn: null, version: 1 });

    const early = await events.request("PATCH", `/api/library-enquiries/${enquiry.id}`, {
      answeredOn: "2026-11-01",
      version: 1,
    });
    expect(early.status).toBe(422);
    expect(paths(await early.json())).toEqual(["answeredOn"]);
    const answered = await events.request("PATCH", `/api/library-enquiries/${enquiry.id}`, {
      answeredOn: "2026-11-05",
      version: 1,
    });
    expect(answered.status).toBe(200);

    const after = await (await events.get("/api/library-enquiries/by-month")).json();
    expect(nov(after).total).toBe(nov(before).total + 1);
    expect(nov(after).fromPublic).toBe(nov(before).fromPublic + 1);
    const months = after.items.map((m: { month: string }) => m.month);
    expect(months).toEqual([...months].sort());

    const carers = await (await events.get("/api/library-enquiries?requesterType=carer&pageSize=100")).json();
    expect(carers.items.every((e: { requesterType: string }) => e.requesterType === "carer")).toBe(true);
  });

  it("refuses bad input and managers' changes", async () => {
    const lead = await api.as("lead@example.org");
    const bad = await lead.request("POST", "/api/library-enquiries", {
      receivedOn: "yesterday",
      requesterType: "alien",
      topic: "",
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["channel", "receivedOn", "requesterType", "topic"]);
    const manager = await api.as("manager@example.org");
    expect((await manager.get("/api/library-enquiries")).status).toBe(200);
    expect(
      (
        await manager.request("POST", "/api/library-enquiries", {
          receivedOn: "2026-11-01",
          requesterType: "public",
          topic: "x",
          channel: "email",
        })
      ).status,
    ).toBe(403);
  });
});

describe("staff training", () => {
  it("admin records who completed which course and when; others read", async () => {
    const admin = await api.as("admin@example.org");
    const { users } = await directory(admin);
    const manager = users.find((u) => u.role === "manager") as { id: string };
    const created = await admin.request("POST", "/api/training", {
      userId: manager.id,
      course: "Co-production in practice",
      completedOn: "2026-10-12",
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ userId: manager.id, userName: expect.any(String), version: 1 });

    const lead = await api.as("lead@example.org");
    const mine = await (await lead.get(`/api/training?userId=${manager.id}`)).json();
    expect(mine.items.map((t: { course: string }) => t.course)).toContain("Co-production in practice");
    expect(
      (await lead.request("POST", "/api/training", { userId: manager.id, course: "x", completedOn: "2026-10-12" }))
        .status,
    ).toBe(403);
    const unknown = await admin.request("POST", "/api/training", {
      userId: "00000000-0000-4000-8000-000000000000",
      course: "x",
      completedOn: "2026-10-12",
    });
    expect(unknown.status).toBe(422);
    expect(paths(await unknown.json())).toEqual(["userId"]);
  });
});
