import { describe, expect, it } from "vitest";
import { setupApi } from "../setup/api";
import { createItem, directory, type Item, paths, validItem } from "./helpers";

const api = setupApi();

const list = async (query: string) => {
  const admin = await api.as("manager@example.org");
  const response = await admin.get(`/api/work-items?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { items: Item[]; total: number; page: number; pageSize: number };
};

describe("GET /api/work-items", () => {
  it("returns the paging envelope with the seeded items", async () => {
    const body = await list("");
    expect(body.total).toBeGreaterThanOrEqual(60);
    expect(body.page).toBe(1);
    expect(body.items.length).toBe(body.pageSize);
    expect(Object.keys(body.items[0] ?? {}).sort()).toEqual(
      [
        "agendaTargetMet",
        "createdAt",
        "endDate",
        "id",
        "kind",
        "leadId",
        "planLevel",
        "startDate",
        "status",
        "summary",
        "teamId",
        "title",
        "updatedAt",
        "version",
      ].sort(),
    );
  });

  it("covers every kind, several teams and two reporting years", async () => {
    const all = await list("pageSize=100");
    expect(new Set(all.items.map((i) => i.kind)).size).toBe(8);
    expect(new Set(all.items.map((i) => i.teamId)).size).toBeGreaterThanOrEqual(3);
    const years = new Set(
      all.items.map((i) => {
        const [y, m] = i.startDate.split("-").map(Number) as [number, number];
        return m >= 4 ? y : y - 1;
      }),
    );
    expect(years.size).toBeGreaterThanOrEqual(2);
  });

  it("sorts by a field, descending with a - prefix", async () => {
    const ascending = (await list("sort=startDate&pageSize=100")).items.map((i) => i.startDate);
    expect(ascending).toEqual([...ascending].sort());
    const descending = (await list("sort=-startDate&pageSize=100")).items.map((i) => i.startDate);
    expect(descending).toEqual([...descending].sort().reverse());
    const titles = (await list("sort=title&pageSize=100")).items.map((i) => i.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });

  it("pages without overlap, and the pages add up to the total", async () => {
    const first = await list("sort=title&pageSize=10&page=1");
    const second = await list("sort=title&pageSize=10&page=2");
    expect(second.page).toBe(2);
    const ids = new Set([...first.items, ...second.items].map((i) => i.id));
    expect(ids.size).toBe(20);
    const everyPage = [];
    for (let page = 1; page <= Math.ceil(first.total / 10); page++) {
      everyPage.push(...(await list(`sort=title&pageSize=10&page=${page}`)).items);
    }
    expect(new Set(everyPage.map((i) => i.id)).size).toBe(first.total);
    const beyond = await list(`pageSize=10&page=${Math.ceil(first.total / 10) + 1}`);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("filters by kind, status and team, and the total counts only matches", async () => {
    const conferences = await list("kind=conference&pageSize=100");
    expect(conferences.items.length).toBeGreaterThan(0);
    expect(conferences.items.every((i) => i.kind === "conference")).toBe(true);
    expect(conferences.total).toBe(conferences.items.length);

    const planned = await list("status=planned&pageSize=100");
    expect(planned.items.every((i) => i.status === "planned")).toBe(true);

    const teamId = conferences.items[0]?.teamId as string;
    const byTeam = await list(`teamId=${teamId}&pageSize=100`);
    expect(byTeam.items.every((i) => i.teamId === teamId)).toBe(true);

    const combined = await list(`kind=conference&status=completed&teamId=${teamId}&pageSize=100`);
    expect(combined.items.every((i) => i.kind === "conference" && i.status === "completed")).toBe(true);
  });

  it("filters by start date, from and to inclusive, as a dashboard figure's period does", async () => {
    const lead = await api.as("lead@example.org");
    const first = await createItem(lead, { title: "Starts on the first day", startDate: "2031-04-01", endDate: null });
    const last = await createItem(lead, { title: "Starts on the last day", startDate: "2032-03-31", endDate: null });
    await createItem(lead, { title: "Starts the day before", startDate: "2031-03-31", endDate: null });
    await createItem(lead, { title: "Starts the day after", startDate: "2032-04-01", endDate: null });
    const year = await list("from=2031-04-01&to=2032-03-31&sort=startDate");
    expect(year.items.map((i) => i.id)).toEqual([first.id, last.id]);
    expect(year.total).toBe(2);
    const onward = await list("from=2032-03-31&sort=startDate");
    expect(onward.items.map((i) => i.title)).toEqual(["Starts on the last day", "Starts the day after"]);
    const upTo = await list("to=2031-03-31&pageSize=100&sort=-startDate");
    expect(upTo.items[0]?.title).toBe("Starts the day before");
    expect(upTo.items.every((i) => i.startDate <= "2031-03-31")).toBe(true);
  });

  it("refuses a start-date filter that is not a real date, or ends before it starts, naming the parameter", async () => {
    const manager = await api.as("manager@example.org");
    const response = await manager.get("/api/work-items?from=2031-02-30&to=next-week");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(paths(await response.json())).toEqual(["from", "to"]);

    const backwards = await manager.get("/api/work-items?from=2031-05-01&to=2031-04-30");
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({
      errors: [{ path: "to", message: "The end of the range must be on or after its start" }],
    });
    expect((await manager.get("/api/export/work-items.csv?from=2031-05-01&to=2031-04-30")).status).toBe(400);
    expect((await manager.get("/api/work-items?from=2031-05-01&to=2031-05-01")).status).toBe(200);
  });

  it("searches title and summary, case-insensitively, treating % and _ as text", async () => {
    const lead = await api.as("lead@example.org");
    const made = await createItem(lead, {
      title: "Zebra crossing 100% audit",
      summary: "about under_scores",
      kind: "research",
    });
    const byTitle = await list("search=ZEBRA");
    expect(byTitle.items.map((i) => i.id)).toEqual([made.id]);
    expect((await list("search=under_scores")).items.map((i) => i.id)).toEqual([made.id]);
    expect((await list("search=100%25")).items.map((i) => i.id)).toEqual([made.id]);
    expect((await list("search=no-such-words-anywhere")).total).toBe(0);
  });

  it("treats empty parameters as no filter", async () => {
    const all = await list("");
    const empty = await list("search=&kind=&status=&teamId=&sort=");
    expect(empty.total).toBe(all.total);
  });
});

describe("create, read, update, delete", () => {
  it("creates an item (201), reads it back, and never lets the client set id or version", async () => {
    const admin = await api.as("admin@example.org");
    const body = await validItem(admin, { kind: "research" });
    const response = await admin.request("POST", "/api/work-items", {
      ...body,
      id: "11111111-1111-4111-8111-111111111111",
      version: 99,
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ ...body, version: 1 });
    expect(created.id).not.toBe("11111111-1111-4111-8111-111111111111");
    const read = await admin.get(`/api/work-items/${created.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created);
  });

  it("accepts an item without an end date or summary", async () => {
    const admin = await api.as("admin@example.org");
    const { endDate: _e, summary: _s, ...rest } = await validItem(admin);
    const response = await admin.request("POST", "/api/work-items", rest);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ endDate: null, summary: "" });
  });

  it("404s for an item that does not exist or a malformed id", async () => {
    const admin = await api.as("admin@example.org");
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const response = await admin.get(`/api/work-items/${id}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    }
  });

  it("patches some fields with the version last read, and bumps the version", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin);
    const response = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      title: "Renamed roundtable",
      version: item.version,
    });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ title: "Renamed roundtable", summary: item.summary, version: item.version + 1 });
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(item.createdAt).getTime());
  });

  it("answers 409 to a stale version and keeps the other person's change", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin);
    await admin.request("PATCH", `/api/work-items/${item.id}`, { title: "First writer", version: 1 });
    const stale = await admin.request("PATCH", `/api/work-items/${item.id}`, { title: "Second writer", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toMatch(/problem\+json/);
    const now = await (await admin.get(`/api/work-items/${item.id}`)).json();
    expect(now).toMatchObject({ title: "First writer", version: 2 });
  });

  it("validates the whole resulting item on PATCH", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin, { startDate: "2026-05-01", endDate: "2026-05-10" });
    const response = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      startDate: "2026-06-01",
      version: item.version,
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ path: "endDate", message: expect.any(String) }]);
    const unchanged = await (await admin.get(`/api/work-items/${item.id}`)).json();
    expect(unchanged.startDate).toBe("2026-05-01");
  });

  it("requires the version on PATCH", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin);
    const response = await admin.request("PATCH", `/api/work-items/${item.id}`, { title: "No version" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path)).toEqual(["version"]);
  });

  it("deletes an item (204) and then it is gone", async () => {
    const admin = await api.as("admin@example.org");
    const item = await createItem(admin);
    expect((await admin.request("DELETE", `/api/work-items/${item.id}`)).status).toBe(204);
    expect((await admin.get(`/api/work-items/${item.id}`)).status).toBe(404);
    expect((await admin.request("DELETE", `/api/work-items/${item.id}`)).status).toBe(404);
  });
});

describe("teams and users", () => {
  it("lists teams as { id, name } and users as { id, name, role }", async () => {
    const manager = await api.as("manager@example.org");
    const { teams, users } = await directory(manager);
    expect(teams.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(teams[0] ?? {}).sort()).toEqual(["id", "name"]);
    expect(users.map((u) => u.role)).toEqual(expect.arrayContaining(["lead", "events", "manager", "admin"]));
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(["id", "name", "role"]);
  });
});
