import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/shared/csv";
import { setupApi } from "../setup/api";
import { createItem } from "./helpers";

const api = setupApi();

async function csv(email: string, path: string) {
  const client = await api.as(email);
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  // UTF-8 byte-order mark, so Excel reads the file as UTF-8 (Response.text() would hide it).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
}

describe("CSV exports", () => {
  it("exports every planned-work row with the list's filters and sort, no row cap", async () => {
    const lead = await api.as("lead@example.org");
    const list = await (await lead.get("/api/work-items?kind=research&sort=title&pageSize=100")).json();
    const rows = await csv("manager@example.org", "/api/export/work-items.csv?kind=research&sort=title");
    expect(rows[0]?.slice(0, 4)).toEqual(["Title", "Kind", "Team", "Lead"]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(list.items.map((item: { title: string }) => item.title));

    const all = await (await lead.get("/api/work-items?pageSize=1")).json();
    const everything = await csv("lead@example.org", "/api/export/work-items.csv");
    expect(everything.length - 1).toBe(all.total);
    expect(all.total).toBeGreaterThan(25);
  });

  it("keeps the list's order for a sort with ties, reading past the first page", async () => {
    const lead = await api.as("lead@example.org");
    const titles: string[] = [];
    for (let page = 1; ; page++) {
      const list = await (await lead.get(`/api/work-items?sort=-startDate&pageSize=20&page=${page}`)).json();
      titles.push(...list.items.map((item: { title: string }) => item.title));
      if (page * list.pageSize >= list.total) break;
    }
    const rows = await csv("lead@example.org", "/api/export/work-items.csv?sort=-startDate");
    expect(rows.slice(1).map((row) => row[0])).toEqual(titles);
    expect(titles.length).toBeGreaterThan(40);
  });

  it("neutralises a cell that a spreadsheet would run as a formula, and keeps quotes and commas", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, {
      title: '=HYPERLINK("http://evil.example","Click")',
      summary: 'Says "hello", then\na new line',
      kind: "blog",
    });
    const rows = await csv("lead@example.org", "/api/export/work-items.csv?kind=blog&search=HYPERLINK");
    const row = rows.find((r) => r[0]?.includes("HYPERLINK"));
    expect(row?.[0]).toBe(`'${item.title}`);
    expect(row?.[9]).toBe('Says "hello", then\na new line');
    expect(row?.[4]).toBe(item.startDate);
  });

  it("leaves contact details and health fields out of the people export for a manager, as the list does", async () => {
    const lead = await csv("lead@example.org", "/api/export/people.csv?perspective=carer");
    expect(lead[0]).toContain("Email");
    expect(lead[0]).toContain("Lived experience");
    const manager = await csv("manager@example.org", "/api/export/people.csv?perspective=carer");
    expect(manager[0]).not.toContain("Email");
    expect(manager[0]).not.toContain("Phone");
    expect(manager[0]).not.toContain("Lived experience");
    expect(manager[0]).not.toContain("Access needs");
    expect(manager.length).toBe(lead.length);
  });

  it("exports involvements, bursaries and feedback with money in pounds", async () => {
    const involvements = await csv("manager@example.org", "/api/export/involvements.csv?status=took_part");
    expect(involvements.length).toBeGreaterThan(1);
    expect(involvements.slice(1).every((row) => row[3] === "took_part")).toBe(true);
    const bursaries = await csv("events@example.org", "/api/export/bursaries.csv?status=attended");
    expect(bursaries.slice(1).every((row) => row[2] === "attended" && /^\d+\.\d{2}$/.test(row[8] ?? ""))).toBe(true);
    const feedback = await csv("lead@example.org", "/api/export/feedback.csv?actions=open");
    expect(feedback[0]?.[0]).toBe("Received on");
  });

  it("refuses bad filters with 400 and needs a session", async () => {
    const lead = await api.as("lead@example.org");
    expect((await lead.get("/api/export/work-items.csv?kind=party")).status).toBe(400);
    expect((await api.anonymous.get("/api/export/people.csv")).status).toBe(401);
  });
});
