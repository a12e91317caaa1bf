import ExcelJS from "exceljs";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { compressAnswers } from "../../src/server/compress-answers";
import { parseCsv } from "../../src/shared/csv";
import { type Client, setupApi } from "../setup/api";
import { createItem } from "./helpers";

const api = setupApi();
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function csvOf(client: Client, path: string) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return parseCsv(await response.text());
}

async function sheetOf(client: Client, path: string) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe(xlsxType);
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.xlsx"$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

/** A cell as the CSV writes the same value: dates as YYYY-MM-DD (or ISO instants), money with two decimals, formula-like text with an apostrophe. */
function asCsvText(cell: ExcelJS.Cell): string {
  const { value } = cell;
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return cell.numFmt?.includes("hh") ? value.toISOString() : value.toISOString().slice(0, 10);
  if (typeof value === "number") return cell.numFmt?.includes("£") ? value.toFixed(2) : String(value);
  if (typeof value === "string") return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  throw new Error(`cell ${cell.address} holds ${JSON.stringify(value)}, not a plain value`);
}

/** The sheet as rows of CSV text, as wide as its header. */
function tableOf(sheet: ExcelJS.Worksheet): string[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    expect(row.cellCount, `row ${r} is no wider than the header`).toBeLessThanOrEqual(width);
    rows.push(Array.from({ length: width }, (_, i) => asCsvText(row.getCell(i + 1))));
  }
  return rows;
}

const columnOf = (sheet: ExcelJS.Worksheet, header: string) => {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  expect(index, header).toBeGreaterThan(0);
  return index;
};

describe("XLSX exports", () => {
  it("has, for every CSV export, a workbook with the same header and the same rows in the same order; header frozen and filtered", async () => {
    const clients = {
      lead: await api.as("lead@example.org"),
      events: await api.as("events@example.org"),
      manager: await api.as("manager@example.org"),
      admin: await api.as("admin@example.org"),
    };
    const cases: [keyof typeof clients, string][] = [
      ["manager", "work-items.{}?kind=research&sort=title"],
      ["lead", "work-items.{}?sort=-startDate"],
      ["lead", "people.{}?perspective=carer"],
      ["manager", "people.{}?sort=-name"],
      ["manager", "involvements.{}?status=took_part"],
      ["admin", "involvements.{}"],
      ["events", "bursaries.{}?status=attended"],
      ["admin", "bursaries.{}"],
      ["lead", "feedback.{}?actions=open"],
      ["admin", "audit.{}?action=sign_in"],
    ];
    for (const [who, path] of cases) {
      const client = clients[who];
      const csv = await csvOf(client, `/api/export/${path.replace("{}", "csv")}`);
      const sheet = await sheetOf(client, `/api/export/${path.replace("{}", "xlsx")}`);
      const label = `${who}: ${path}`;
      expect(csv.length, label).toBeGreaterThan(1);
      expect(tableOf(sheet), label).toEqual(csv);
      expect(sheet.views[0], label).toMatchObject({ state: "frozen", ySplit: 1 });
      const lastColumn = sheet
        .getRow(1)
        .getCell(csv[0]?.length ?? 0)
        .address.replace(/\d+$/, "");
      expect(sheet.autoFilter, label).toBe(`A1:${lastColumn}1`);
      expect(sheet.getRow(1).font?.bold, label).toBe(true);
    }
  });

  it("types the cells: dates as Excel dates, money as numbers in £, counts as numbers, audit times as date and time", async () => {
    const manager = await api.as("manager@example.org");
    const items = await sheetOf(manager, "/api/export/work-items.xlsx?sort=title");
    const itemsCsv = await csvOf(manager, "/api/export/work-items.csv?sort=title");
    const start = items.getRow(2).getCell(columnOf(items, "Start date"));
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe(itemsCsv[1]?.[4]);
    expect(start.numFmt).toBe("yyyy-mm-dd");

    const admin = await api.as("admin@example.org");
    const involvements = await sheetOf(admin, "/api/export/involvements.xlsx");
    const fee = columnOf(involvements, "Fee (£)");
    const hours = columnOf(involvements, "Hours");
    let feeCell: ExcelJS.Cell | undefined;
    involvements.eachRow((row, n) => {
      if (n > 1 && !feeCell && row.getCell(fee).value !== null) feeCell = row.getCell(fee);
    });
    expect(typeof feeCell?.value).toBe("number");
    expect(feeCell?.numFmt).toContain("£");
    const hourValues = involvements.getColumn(hours).values.slice(2);
    expect(hourValues.some((value) => typeof value === "number")).toBe(true);
    expect(hourValues.every((value) => value === null || value === undefined || typeof value === "number")).toBe(true);

    const bursaries = await sheetOf(admin, "/api/export/bursaries.xlsx");
    const total = bursaries.getRow(2).getCell(columnOf(bursaries, "Total (£)"));
    expect(typeof total.value).toBe("number");
    expect(total.numFmt).toBe('"£"#,##0.00');

    const audit = await sheetOf(admin, "/api/export/audit.xlsx?action=sign_in");
    const when = audit.getRow(2).getCell(1);
    expect(when.value).toBeInstanceOf(Date);
    expect(when.numFmt).toContain("hh:mm:ss");
  });

  it("stores text that starts with =, +, - or @ as a string, never a formula", async () => {
    const lead = await api.as("lead@example.org");
    const titles = ['=HYPERLINK("http://evil.example","Click")', "+44 1632 960000", "-1+2", "@SUM(A1:A2)"];
    for (const title of titles) await createItem(lead, { title, kind: "blog", summary: "=1+1" });
    const sheet = await sheetOf(lead, "/api/export/work-items.xlsx?kind=blog&sort=title");
    const title = columnOf(sheet, "Title");
    const summary = columnOf(sheet, "Summary");
    const found = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => {
      const cell = row.getCell(title);
      if (typeof cell.value === "string" && titles.includes(cell.value)) found.set(cell.value, cell);
      if (titles.includes(String(cell.value))) {
        expect(row.getCell(summary).value).toBe("=1+1");
        expect(row.getCell(summary).type).toBe(ExcelJS.ValueType.String);
      }
    });
    expect([...found.keys()].sort()).toEqual([...titles].sort());
    for (const cell of found.values()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it("leaves contact details and health fields out of a manager's people, involvements and bursaries workbooks", async () => {
    const lead = await sheetOf(await api.as("lead@example.org"), "/api/export/people.xlsx?perspective=carer");
    const manager = await sheetOf(await api.as("manager@example.org"), "/api/export/people.xlsx?perspective=carer");
    const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headerOf(lead)).toEqual(expect.arrayContaining(["Email", "Phone", "Lived experience", "Access needs"]));
    for (const hidden of ["Email", "Phone", "Lived experience", "Access needs"])
      expect(headerOf(manager)).not.toContain(hidden);
    expect(manager.rowCount).toBe(lead.rowCount);

    const managerClient = await api.as("manager@example.org");
    expect(headerOf(await sheetOf(managerClient, "/api/export/involvements.xlsx"))).not.toContain("Support");
    const bursaries = headerOf(await sheetOf(managerClient, "/api/export/bursaries.xlsx"));
    expect(bursaries).not.toContain("Care (£)");
    expect(bursaries).not.toContain("Total (£)");
  });

  it("refuses what the CSV refuses: bad filters (400), a manager's filter by lived experience and the audit log (403), no session (401)", async () => {
    const lead = await api.as("lead@example.org");
    const manager = await api.as("manager@example.org");
    for (const path of [
      "/api/export/work-items.xlsx?kind=party",
      "/api/export/work-items.xlsx?from=2031-05-01&to=2031-04-30",
    ]) {
      const refused = await lead.get(path);
      expect(refused.status, path).toBe(400);
      expect(refused.headers.get("content-type"), path).toMatch(/^application\/problem\+json/);
      expect((await refused.json()).title, path).toBe("Bad query parameters");
    }
    const byTag = await manager.get("/api/export/people.xlsx?livedExperience=HIV");
    expect(byTag.status).toBe(403);
    expect(byTag.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await byTag.json()).errors.map((e: { path: string }) => e.path)).toEqual(["livedExperience"]);
    expect((await manager.get("/api/export/audit.xlsx")).status).toBe(403);
    expect((await lead.get("/api/export/audit.xlsx")).status).toBe(403);
    for (const name of ["work-items", "people", "involvements", "bursaries", "feedback", "audit"])
      expect((await api.anonymous.get(`/api/export/${name}.xlsx`)).status, name).toBe(401);
  });

  it("records the export in the audit: which file, its filters, how many rows", async () => {
    const admin = await api.as("admin@example.org");
    const events = await api.as("events@example.org");
    const sheet = await sheetOf(events, "/api/export/people.xlsx?perspective=carer&search=Ol");
    const eventsId = (await (await events.get("/api/auth/me")).json()).user.id;
    const log = await (await admin.get(`/api/audit?pageSize=5&action=export&actorId=${eventsId}`)).json();
    expect(log.items[0]).toMatchObject({
      resource: "people",
      detail: {
        file: "people.xlsx",
        filters: { perspective: "carer", search: "(text not recorded)" },
        rows: sheet.rowCount - 1,
      },
    });
    expect(log.items[0].detail).not.toHaveProperty("stopped");

    const audit = await sheetOf(admin, "/api/export/audit.xlsx?action=export&resource=people");
    const [itself] = (await (await admin.get("/api/audit?pageSize=1&action=export&resource=audit")).json()).items;
    expect(itself.detail).toMatchObject({ file: "audit.xlsx", rows: audit.rowCount - 1 });
  });

  it("is documented beside each CSV export, as a binary file of the XLSX type", async () => {
    const doc = await (await (await api.as("lead@example.org")).get("/api/openapi.json")).json();
    for (const name of ["work-items", "people", "involvements", "bursaries", "feedback", "audit"]) {
      const csv = doc.paths[`/api/export/${name}.csv`].get;
      const xlsx = doc.paths[`/api/export/${name}.xlsx`].get;
      expect(xlsx.responses[200].content[xlsxType].schema, name).toEqual({ type: "string", format: "binary" });
      expect(xlsx["x-permission"], name).toBe(csv["x-permission"]);
      expect(xlsx.parameters, name).toEqual(csv.parameters);
    }
  });

  it("is sent as it is, never compressed again (an XLSX file is already zipped)", async () => {
    const { cookie } = await api.as("manager@example.org");
    const server = new Hono();
    server.use("/api/*", compressAnswers());
    server.route("/", api.app);
    const response = await server.request("/api/export/work-items.xlsx", {
      headers: { cookie: cookie ?? "", "accept-encoding": "br, gzip" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBeNull();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK", a zip
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe("Title");
  });
});
