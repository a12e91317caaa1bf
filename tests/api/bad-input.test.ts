import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { createItem, paths, validItem } from "./helpers";

const api = setupApi();

async function post(body: unknown, headers?: Record<string, string>) {
  const admin = await api.as("admin@example.org");
  const response = await admin.request("POST", "/api/work-items", body, headers);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = await response.json();
  expect(problem).toMatchObject({ status: response.status, title: expect.any(String), detail: expect.any(String) });
  return { status: response.status, problem };
}

describe("bad input is a 4xx with field errors, never a 5xx", () => {
  it("malformed JSON → 400", async () => {
    const { status } = await post("{not json");
    expect(status).toBe(400);
  });

  it("missing fields → 422 naming each", async () => {
    const { status, problem } = await post({});
    expect(status).toBe(422);
    expect(paths(problem)).toEqual(["kind", "leadId", "startDate", "status", "teamId", "title"]);
  });

  it("wrong types → 422", async () => {
    const admin = await api.as("admin@example.org");
    const { status, problem } = await post({ ...(await validItem(admin)), title: 42, endDate: 7, summary: [] });
    expect(status).toBe(422);
    expect(paths(problem)).toEqual(["endDate", "summary", "title"]);
  });

  it("unknown enum values → 422", async () => {
    const admin = await api.as("admin@example.org");
    const { status, problem } = await post({ ...(await validItem(admin)), kind: "party", status: "done" });
    expect(status).toBe(422);
    expect(paths(problem)).toEqual(["kind", "status"]);
  });

  it("oversized strings → 422 (title over 200, summary over 5,000)", async () => {
    const admin = await api.as("admin@example.org");
    const ok = await validItem(admin, { title: "t".repeat(200), summary: "s".repeat(5000), kind: "blog" });
    expect((await admin.request("POST", "/api/work-items", ok)).status).toBe(201);
    const { status, problem } = await post({ ...ok, title: "t".repeat(201), summary: "s".repeat(5001) });
    expect(status).toBe(422);
    expect(paths(problem)).toEqual(["summary", "title"]);
  });

  it("bad dates → 422", async () => {
    const admin = await api.as("admin@example.org");
    const base = await validItem(admin);
    for (const startDate of ["2026-02-30", "01/05/2026", "2026-5-1", ""]) {
      const { status, problem } = await post({ ...base, startDate, endDate: null });
      expect(status).toBe(422);
      expect(paths(problem)).toEqual(["startDate"]);
    }
  });

  it("end before start → 422 at endDate", async () => {
    const admin = await api.as("admin@example.org");
    const { status, problem } = await post({
      ...(await validItem(admin)),
      startDate: "2026-05-02",
      endDate: "2026-05-01",
    });
    expect(status).toBe(422);
    expect(problem.errors).toEqual([{ path: "endDate", message: expect.stringMatching(/on or after the start/) }]);
  });

  it("a team or lead that does not exist → 422 at that field", async () => {
    const admin = await api.as("admin@example.org");
    const { status, problem } = await post({
      ...(await validItem(admin)),
      teamId: "00000000-0000-4000-8000-000000000000",
      leadId: "00000000-0000-4000-8000-000000000001",
    });
    expect(status).toBe(422);
    expect(paths(problem)).toEqual(["leadId", "teamId"]);
  });

  it("a JSON body that is not an object → 422", async () => {
    expect((await post([1, 2])).status).toBe(422);
    expect((await post("null")).status).toBe(422);
  });

  it("JSON nested 100,000 deep (200 KB) → 422, signed in or not, never a stack overflow", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect((await post(deep)).status).toBe(422);
    const signIn = await api.app.request("/api/auth/login", {
      method: "POST",
      body: deep,
      headers: { "content-type": "application/json", origin: "http://localhost" },
    });
    expect(signIn.status).toBeGreaterThanOrEqual(400);
    expect(signIn.status).toBeLessThan(500);
    expect(signIn.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("a body that is not JSON at all → 4xx", async () => {
    const { status } = await post("title=x", { "content-type": "application/x-www-form-urlencoded" });
    expect([400, 415, 422]).toContain(status);
  });

  it("a body over 1 MB → 413", async () => {
    const admin = await api.as("admin@example.org");
    const big = { ...(await validItem(admin)), summary: "x".repeat(1024 * 1024 + 10) };
    const response = await admin.request("POST", "/api/work-items", big);
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("bad PATCH bodies → 4xx and nothing changes", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin);
    for (const body of ["{oops", { version: "one" }, { kind: "party", version: 1 }, { title: "", version: 1 }]) {
      const response = await admin.request("PATCH", `/api/work-items/${item.id}`, body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await (await admin.get(`/api/work-items/${item.id}`)).json()).toMatchObject({
      title: item.title,
      version: 1,
    });
  });

  it.each([
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["pageSize=101", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["kind=party", "kind"],
    ["status=done", "status"],
    ["teamId=nope", "teamId"],
    ["sort=password", "sort"],
    ["sort=--title", "sort"],
  ])("bad query %s → 400 at %s", async (query, path) => {
    const admin = await api.as("admin@example.org");
    const response = await admin.get(`/api/work-items?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    expect(paths(await response.json())).toEqual([path]);
  });

  it("a parameter given twice → 400 at it, saying to give it once", async () => {
    const admin = await api.as("admin@example.org");
    for (const query of ["page=1&page=2", "kind=event&kind=research", "teamId=a&teamId=b"]) {
      const response = await admin.get(`/api/work-items?${query}`);
      expect(response.status, query).toBe(400);
      const problem = await response.json();
      expect(problem.errors, query).toEqual([{ path: query.split("=")[0], message: "Give this parameter once" }]);
    }
  });

  it("an unknown API path → 404 problem+json", async () => {
    const admin = await api.as("admin@example.org");
    const response = await admin.get("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
