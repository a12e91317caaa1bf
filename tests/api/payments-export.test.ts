import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/shared/csv";
import { type Client, setupApi } from "../setup/api";

const api = setupApi();

const header = [
  "Type",
  "Payee",
  "Payee reference",
  "Work item",
  "Cost centre",
  "Date due",
  "Fee (£)",
  "Expenses (£)",
  "Total (£)",
  "Record reference",
];

type Involvement = {
  id: string;
  personId: string;
  personName: string;
  workItemTitle: string;
  startDate: string | null;
  endDate: string | null;
  feePence: number | null;
  expensesPence: number | null;
  paymentStatus: string;
};
type Bursary = {
  id: string;
  personId: string;
  personName: string;
  workItemTitle: string;
  status: string;
  travelPence: number;
  accommodationPence: number;
  carePence: number;
  claimedOn: string | null;
  paidOn: string | null;
};
/** What the file should hold for one record, worked out from the API's own lists. */
type Expected = { type: string; personId: string; payee: string; due: string | null; totalPence: number };

async function everyPage<T>(client: Client, path: string): Promise<T[]> {
  const found: T[] = [];
  for (let page = 1; ; page++) {
    const response = await client.get(`${path}${path.includes("?") ? "&" : "?"}pageSize=100&page=${page}`);
    expect(response.status, path).toBe(200);
    const body = await response.json();
    found.push(...body.items);
    if (found.length >= body.total) return found;
  }
}

/** Involvements whose payment is due and attended bursaries claimed and not paid, by id. */
async function expectedPayments(admin: Client): Promise<Map<string, Expected>> {
  const expected = new Map<string, Expected>();
  for (const i of await everyPage<Involvement>(admin, "/api/involvements"))
    if (i.paymentStatus === "due")
      expected.set(i.id, {
        type: "Involvement",
        personId: i.personId,
        payee: i.personName,
        due: i.endDate ?? i.startDate,
        totalPence: (i.feePence ?? 0) + (i.expensesPence ?? 0),
      });
  for (const b of await everyPage<Bursary>(admin, "/api/bursaries?status=attended"))
    if (b.claimedOn && !b.paidOn)
      expected.set(b.id, {
        type: "Bursary",
        personId: b.personId,
        payee: b.personName,
        due: b.claimedOn,
        // The ticket is waived, not paid: travel, accommodation and care are.
        totalPence: b.travelPence + b.accommodationPence + b.carePence,
      });
  return expected;
}

async function csvOf(client: Client, path: string) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/csv");
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { text, rows: parseCsv(text) };
}

const pence = (pounds: string) => Math.round(Number(pounds) * 100);
const column = (name: string) => header.indexOf(name);

describe("GET /api/export/payments.csv", () => {
  it("lists exactly what is due, with totals that match the involvements and bursaries", async () => {
    const admin = await api.as("admin@example.org");
    const expected = await expectedPayments(admin);
    const types = new Set([...expected.values()].map((e) => e.type));
    // The demo has both kinds due, so both are tested.
    expect(types).toEqual(new Set(["Involvement", "Bursary"]));

    const { rows } = await csvOf(await api.as("events@example.org"), "/api/export/payments.csv");
    expect(rows[0]).toEqual(header);
    const lines = rows.slice(1);
    expect(lines.map((line) => line[column("Record reference")]).sort()).toEqual([...expected.keys()].sort());
    let fileTotal = 0;
    for (const line of lines) {
      const record = expected.get(line[column("Record reference")] as string) as Expected;
      const fee = pence(line[column("Fee (£)")] || "0");
      const expenses = pence(line[column("Expenses (£)")] || "0");
      const total = pence(line[column("Total (£)")] as string);
      expect(line[column("Type")]).toBe(record.type);
      expect(line[column("Payee")]).toBe(record.payee);
      expect(line[column("Payee reference")]).toBe(`P-${record.personId.slice(0, 8).toUpperCase()}`);
      expect(line[column("Date due")]).toBe(record.due ?? "");
      expect(total).toBe(record.totalPence);
      expect(fee + expenses).toBe(total);
      fileTotal += total;
    }
    const apiTotal = [...expected.values()].reduce((sum, e) => sum + e.totalPence, 0);
    expect(fileTotal).toBe(apiTotal);
    expect(fileTotal).toBeGreaterThan(0);

    // Oldest first (a payment with no date last).
    const dates = lines.map((line) => line[column("Date due")] as string);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(0, dated.length)).toEqual(dated);
  });

  it("carries no contact details: no email, phone or address column or value", async () => {
    const admin = await api.as("admin@example.org");
    const { rows, text } = await csvOf(admin, "/api/export/payments.csv");
    expect(rows[0]?.filter((name) => /mail|phone|address|contact/i.test(name))).toEqual([]);
    expect(text).not.toMatch(/@/);
    const people = await everyPage<{ email: string | null; phone: string | null }>(admin, "/api/people");
    const contacts = people.flatMap((p) => [p.email, p.phone]).filter((value): value is string => Boolean(value));
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) expect(text).not.toContain(contact);
  });

  it("keeps to a range of due dates, from and to both included", async () => {
    const admin = await api.as("admin@example.org");
    const all = (await csvOf(admin, "/api/export/payments.csv")).rows.slice(1);
    const dates = [...new Set(all.map((line) => line[column("Date due")] as string).filter(Boolean))].sort();
    expect(dates.length).toBeGreaterThan(2);
    const from = dates[1] as string;
    const to = dates[dates.length - 2] as string;
    const within = (lines: string[][]) => lines.map((line) => line[column("Date due")] as string);
    const ranged = (await csvOf(admin, `/api/export/payments.csv?from=${from}&to=${to}`)).rows.slice(1);
    expect(within(ranged)).toEqual(within(all).filter((day) => day >= from && day <= to));
    const onlyFrom = (await csvOf(admin, `/api/export/payments.csv?from=${to}`)).rows.slice(1);
    expect(within(onlyFrom)).toEqual(within(all).filter((day) => day >= to));
    const onlyTo = (await csvOf(admin, `/api/export/payments.csv?to=${from}`)).rows.slice(1);
    expect(within(onlyTo)).toEqual(within(all).filter((day) => day && day <= from));

    const backwards = await admin.get(`/api/export/payments.csv?from=${to}&to=${from}`);
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).errors).toEqual([expect.objectContaining({ path: "to" })]);
    const notADate = await admin.get("/api/export/payments.csv?from=31/12/2026");
    expect(notADate.status).toBe(400);
    expect((await notADate.json()).errors).toEqual([expect.objectContaining({ path: "from" })]);
  });

  it("is for the events team and admin only, and each download is audited", async () => {
    for (const email of ["lead@example.org", "manager@example.org"]) {
      const client = await api.as(email);
      expect((await client.get("/api/export/payments.csv")).status, email).toBe(403);
      expect((await client.get("/api/export/payments.xlsx")).status, email).toBe(403);
    }
    expect((await api.anonymous.get("/api/export/payments.csv")).status).toBe(401);

    const events = await api.as("events@example.org");
    const { rows } = await csvOf(events, "/api/export/payments.csv?from=2020-01-01");
    const admin = await api.as("admin@example.org");
    const eventsId = (await (await events.get("/api/auth/me")).json()).user.id;
    const audit = await (await admin.get(`/api/audit?pageSize=100&action=export&actorId=${eventsId}`)).json();
    expect(audit.items[0]).toMatchObject({
      resource: "payments",
      detail: { file: "payments.csv", filters: { from: "2020-01-01" }, rows: rows.length - 1 },
    });
  });

  it("gives the same rows as an Excel workbook, money in a £ format", async () => {
    const events = await api.as("events@example.org");
    const csv = (await csvOf(events, "/api/export/payments.csv")).rows;
    const response = await events.get("/api/export/payments.xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.rowCount).toBe(csv.length);
    const totalColumn = column("Total (£)") + 1;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(totalColumn);
      expect(typeof cell.value).toBe("number");
      expect(cell.numFmt).toContain("£");
      expect((cell.value as number).toFixed(2)).toBe(csv[r - 1]?.[column("Total (£)")]);
    }
    const due = sheet.getRow(2).getCell(column("Date due") + 1).value;
    expect(due).toBeInstanceOf(Date);
  });
});
