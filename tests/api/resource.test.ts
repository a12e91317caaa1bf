import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";

/**
 * What the resource module (src/server/resource.ts) does for every resource on it, seen through
 * two of them: library enquiries (a plain table) and staff training (joined to the staff's names).
 */
const api = setupApi();
const enquiry = { receivedOn: "2026-11-10", requesterType: "public", topic: "Visiting hours", channel: "email" };

describe("a resource on the resource module", () => {
  it("answers 404 for an id that is not there, or not an id at all", async () => {
    const admin = await api.as("admin@example.org");
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id", "1%27%20or%201=1"]) {
      for (const path of [`/api/library-enquiries/${id}`, `/api/training/${id}`]) {
        const response = await admin.get(path);
        expect(response.status, path).toBe(404);
        expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
      }
    }
  });

  it("pages 25 at a time unless asked, with the total counted in the database", async () => {
    const admin = await api.as("admin@example.org");
    const first = await (await admin.get("/api/library-enquiries")).json();
    expect(first).toMatchObject({ page: 1, pageSize: 25 });
    const pageOfTwo = await (await admin.get("/api/library-enquiries?page=2&pageSize=2")).json();
    expect(pageOfTwo).toMatchObject({ page: 2, pageSize: 2, total: first.total });
    expect(pageOfTwo.items).toHaveLength(Math.min(2, Math.max(0, first.total - 2)));
  });

  it("refuses a stale version with one 409 shape, and of two saves at once keeps exactly one", async () => {
    const events = await api.as("events@example.org");
    const created = await (await events.request("POST", "/api/library-enquiries", enquiry)).json();
    const stale = await events.request("PATCH", `/api/library-enquiries/${created.id}`, { topic: "x", version: 7 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ status: 409, code: "stale_version" });

    const [a, b] = await Promise.all(
      ["Parking", "Wi-Fi"].map((topic) =>
        events.request("PATCH", `/api/library-enquiries/${created.id}`, { topic, version: 1 }),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const stored = await (await events.get(`/api/library-enquiries/${created.id}`)).json();
    expect(stored.version).toBe(2);
    expect(["Parking", "Wi-Fi"]).toContain(stored.topic);
  });

  it("checks references on create and on change, at the field", async () => {
    const admin = await api.as("admin@example.org");
    const { items: staff } = await (await admin.get("/api/users")).json();
    const unknown = "00000000-0000-4000-8000-000000000000";
    const missing = await admin.request("POST", "/api/training", {
      userId: unknown,
      course: "Involving people well",
      completedOn: "2026-10-01",
    });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([{ path: "userId", message: "Choose a member of staff" }]);

    const created = await admin.request("POST", "/api/training", {
      userId: staff[0].id,
      course: "Involving people well",
      completedOn: "2026-10-01",
    });
    expect(created.status).toBe(201);
    const record = await created.json();
    expect(record.userName).toBe(staff[0].name);
    const moved = await admin.request("PATCH", `/api/training/${record.id}`, { userId: unknown, version: 1 });
    expect(moved.status).toBe(422);
    const renamed = await admin.request("PATCH", `/api/training/${record.id}`, { course: "Co-production", version: 1 });
    expect(await renamed.json()).toMatchObject({ course: "Co-production", userId: staff[0].id, version: 2 });
    expect((await admin.request("DELETE", `/api/training/${record.id}`)).status).toBe(204);
    expect((await admin.get(`/api/training/${record.id}`)).status).toBe(404);
  });
});
