import { deflateRawSync } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importRows, imports, people, teams } from "../../src/db/schema";
import { parseCsv } from "../../src/shared/csv";
import { type Client, setupApi } from "../setup/api";
import { createItem, directory } from "./helpers";

const api = setupApi();

type Preview = {
  rows: number;
  new: number;
  matched: number;
  invalid: number;
  errors: { row: number; column: string; message: string }[];
  columns: { column: string; field: string | null }[];
  sample: { row: number; outcome: string; cells: string[] }[];
};
type Upload = { kind: string; name: string; content: string | Uint8Array; sheet?: string; mapping?: unknown };

/** POST /api/imports as a browser sends it: multipart/form-data. */
async function upload(client: Client, { kind, name, content, sheet, mapping }: Upload) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([content as BlobPart], name));
  if (sheet) form.set("sheet", sheet);
  if (mapping !== undefined) form.set("mapping", typeof mapping === "string" ? mapping : JSON.stringify(mapping));
  return api.app.request("/api/imports", { method: "POST", body: form, headers: { cookie: client.cookie ?? "" } });
}

/** Uploads and expects a preview (201). */
async function preview(client: Client, file: Upload): Promise<{ id: string; preview: Preview }> {
  const response = await upload(client, file);
  if (response.status !== 201) throw new Error(`preview: ${response.status} ${await response.text()}`);
  return response.json();
}

async function commit(client: Client, id: string) {
  return client.request("POST", `/api/imports/${id}/commit`);
}

/** Previews and commits, expecting both to succeed. */
async function importFile(client: Client, file: Upload) {
  const { id, preview: shown } = await preview(client, file);
  const response = await commit(client, id);
  if (response.status !== 200) throw new Error(`commit: ${response.status} ${await response.text()}`);
  return { id, preview: shown, committed: (await response.json()) as { created: number; matched: number } };
}

const csv = (rows: (string | number)[][], delimiter = ",") =>
  rows
    .map((row) => row.map((cell) => (/[",;\n]/.test(String(cell)) ? `"${cell}"` : cell)).join(delimiter))
    .join("\r\n");

async function total(client: Client, path: string): Promise<number> {
  const response = await client.get(`${path}${path.includes("?") ? "&" : "?"}pageSize=1`);
  return ((await response.json()) as { total: number }).total;
}

const admin = () => api.as("admin@example.org");
let serial = 0;
/** A name no other test uses. */
const unique = (what: string) => `${what} ${Date.now().toString(36)}${++serial}`;

describe("importing people", () => {
  it("previews 1,000 rows, three of them bad, writes nothing until commit, then creates the 997", async () => {
    const client = await admin();
    const tag = unique("Bulk");
    const rows: string[][] = [["Name", "Email", "Perspectives", "Retention review"]];
    for (let i = 0; i < 1000; i++)
      rows.push([
        `${tag} person ${i}`,
        `bulk${serial}.${i}@example.net`,
        i % 2 ? "Patient" : "carer; public",
        "01/04/2029",
      ]);
    // Spreadsheet rows: the header is row 1, so data row i is row i + 2.
    (rows[13] as string[])[1] = "not-an-email";
    (rows[501] as string[])[2] = "Astronaut";
    (rows[999] as string[])[3] = "31/02/2029";
    const before = await total(client, "/api/people");

    const { id, preview: shown } = await preview(client, { kind: "people", name: "people.csv", content: csv(rows) });
    const { columns, sample, ...counts } = shown;
    expect(columns).toEqual([
      { column: "Name", field: "name" },
      { column: "Email", field: "email" },
      { column: "Perspectives", field: "perspectives" },
      { column: "Retention review", field: "retentionReviewOn" },
    ]);
    // The preview table: the three invalid rows among the first 20 others, each cell as typed.
    expect(sample).toHaveLength(23);
    expect(sample.filter((r) => r.outcome === "invalid").map((r) => r.row)).toEqual([14, 502, 1000]);
    expect(sample.find((r) => r.row === 14)).toEqual({
      row: 14,
      outcome: "invalid",
      cells: [`${tag} person 12`, "not-an-email", "carer; public", "01/04/2029"],
    });
    expect(counts).toEqual({
      rows: 1000,
      new: 997,
      matched: 0,
      invalid: 3,
      errors: [
        { row: 14, column: "Email", message: "Enter a valid email address" },
        {
          row: 502,
          column: "Perspectives",
          message: "Choose one of: patient, service_user, carer, public, clinician, manager, academic, policy, other",
        },
        { row: 1000, column: "Retention review", message: "Enter a real date" },
      ],
    });
    expect(await total(client, "/api/people")).toBe(before);

    expect((await commit(client, id)).status).toBe(200);
    expect(await total(client, "/api/people")).toBe(before + 997);
    const found = await (
      await client.get(`/api/people?search=${encodeURIComponent(`${tag} person 2`)}&sort=name`)
    ).json();
    expect(found.items[0]).toMatchObject({
      name: `${tag} person 2`,
      perspectives: ["carer", "public"],
      retentionReviewOn: "2029-04-01",
      version: 1,
    });
    // Each created record is in the audit, as a create, naming the import.
    const audit = await (await client.get(`/api/audit?recordId=${found.items[0].id}`)).json();
    expect(audit.items).toMatchObject([{ action: "create", resource: "people", detail: { importId: id } }]);

    const history = await (await client.get("/api/imports")).json();
    expect(history.items[0]).toMatchObject({
      id,
      kind: "people",
      fileName: "people.csv",
      createdByName: "Dev Halloran",
      status: "committed",
      rows: 1000,
      new: 997,
      matched: 0,
      invalid: 3,
      created: 997,
    });
  });

  it("matches people already on record (same email, or same name without one) and repeats in the file", async () => {
    const client = await admin();
    const existing = (
      (await (await client.get("/api/people?pageSize=20&sort=name")).json()).items as {
        id: string;
        name: string;
        email: string | null;
        version: number;
        erasedAt: string | null;
      }[]
    ).filter((p) => !p.erasedAt);
    const withEmail = existing.find((p) => p.email) as (typeof existing)[number];
    const other = existing.find((p) => p !== withEmail) as (typeof existing)[number];
    const newcomer = unique("Newcomer");
    const before = await total(client, "/api/people");
    const { preview: shown, committed } = await importFile(client, {
      kind: "people",
      name: "matches.csv",
      content: csv([
        ["Name", "Email", "Perspectives"],
        ["Someone Else Entirely", (withEmail.email as string).toUpperCase(), "patient"],
        [other.name, "", "carer"],
        [newcomer, `${newcomer.replace(/\W/g, ".")}@example.net`, "public"],
        [newcomer, `${newcomer.replace(/\W/g, ".")}@example.net`, "public"],
      ]),
    });
    expect(shown).toMatchObject({ rows: 4, new: 1, matched: 3, invalid: 0 });
    expect(committed).toEqual({ created: 1, matched: 3 });
    expect(await total(client, "/api/people")).toBe(before + 1);
    // A matched person is not changed.
    const after = await (await client.get(`/api/people/${withEmail.id}`)).json();
    expect(after).toMatchObject({ name: withEmail.name, version: withEmail.version });
  });

  it("reads Windows-1252 (£, é, and € from 0x80), a semicolon delimiter and a UTF-8 byte-order mark", async () => {
    const client = await admin();
    const name = unique("Renée Dupré");
    const text = `Name;E-mail;Perspectives;Access needs\r\n${name};;Service user, Carer;Fares up to £40 – and €20 for food\r\n`;
    // Windows-1252: Latin-1 for £ and é, and 0x80 for €, 0x96 for the en dash.
    const bytes = Uint8Array.from(Array.from(text, (c) => (c === "€" ? 0x80 : c === "–" ? 0x96 : c.charCodeAt(0))));
    const { committed } = await importFile(client, { kind: "people", name: "excel.csv", content: bytes });
    expect(committed.created).toBe(1);
    const found = (await (await client.get(`/api/people?search=${encodeURIComponent(name)}`)).json()).items;
    expect(found).toMatchObject([
      { name, perspectives: ["service_user", "carer"], accessNeeds: "Fares up to £40 – and €20 for food" },
    ]);

    const bom = unique("Bom Person");
    const utf8 = `\uFEFFName;Perspectives;Payment preference\r\n${bom};Member of the public;Gift voucher\r\n`;
    await importFile(client, { kind: "people", name: "bom.csv", content: new TextEncoder().encode(utf8) });
    const withBom = (await (await client.get(`/api/people?search=${encodeURIComponent(bom)}`)).json()).items;
    expect(withBom).toMatchObject([{ name: bom, perspectives: ["public"], paymentPreference: "gift_voucher" }]);
  });
});

describe("importing planned work and involvements", () => {
  it("maps synonyms, obeys a mapping override, and takes listed values by API value or label", async () => {
    const client = await admin();
    const { users } = await directory(client);
    const lead = users.find((u) => u.name === "Maren Castellane") as { id: string };
    const title = unique("Synonym item");
    const { committed } = await importFile(client, {
      kind: "work-items",
      name: "plan.csv",
      content: csv([
        ["Work item title", "Type", "Team name", "Led by", "Start", "Finish", "State", "Notes", "Blurb"],
        [
          `${title} A`,
          "Conference",
          "leadership PROGRAMME",
          "lead2@example.org",
          "2027-03-01",
          "02/03/2027",
          "IN PROGRESS",
          "x",
          "From blurb",
        ],
        [`${title} B`, "research", "Research and evidence", "Maren Castellane", "15/06/2027", "", "planned", "y", ""],
      ]),
      mapping: { Notes: null, Blurb: "summary" },
    });
    expect(committed).toEqual({ created: 2, matched: 0 });
    const items = (await (await client.get(`/api/work-items?search=${encodeURIComponent(title)}&sort=title`)).json())
      .items;
    expect(items).toMatchObject([
      {
        title: `${title} A`,
        kind: "conference",
        leadId: lead.id,
        startDate: "2027-03-01",
        endDate: "2027-03-02",
        status: "in_progress",
        summary: "From blurb",
      },
      { title: `${title} B`, kind: "research", startDate: "2027-06-15", endDate: null, status: "planned", summary: "" },
    ]);
  });

  it("reads an XLSX sheet chosen by name: a date cell, a serial date number and £1,234.50", async () => {
    const client = await admin();
    const item = await createItem(client, { title: unique("Workbook item"), kind: "research" });
    const person = (await (await client.get("/api/people?pageSize=20&sort=name")).json()).items.find(
      (p: { email: string | null; erasedAt: string | null }) => p.email && !p.erasedAt,
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Nothing to import here"]);
    const sheet = workbook.addWorksheet("Involvements");
    sheet.addRow(["Work item", "Person", "Role", "Status", "From", "To", "Fee", "Expenses"]);
    sheet.addRow([
      item.title,
      person.email,
      "Adviser on speakers or content",
      "Took part",
      new Date(Date.UTC(2026, 0, 15)),
      46200, // Excel's serial number for 27 June 2026
      "£1,234.50",
      12.5,
    ]);
    sheet.getCell("E2").numFmt = "dd/mm/yyyy";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { preview: shown, committed } = await importFile(client, {
      kind: "involvements",
      name: "involvements.xlsx",
      content: bytes,
      sheet: "Involvements",
    });
    expect(shown.errors).toEqual([]);
    expect(committed.created).toBe(1);
    const found = (await (await client.get(`/api/involvements?workItemId=${item.id}`)).json()).items;
    expect(found).toMatchObject([
      {
        personId: person.id,
        role: "speaker_adviser",
        status: "took_part",
        startDate: "2026-01-15",
        endDate: "2026-06-27",
        feePence: 123450,
        expensesPence: 1250,
      },
    ]);
  });

  it("says which team or lead a cell names more than one of, or none", async () => {
    const client = await admin();
    // A second "Priya Ashworth", and a team whose name differs only in case.
    expect(
      (
        await client.request("POST", "/api/users", {
          email: `priya.${serial}@example.org`,
          name: "Priya Ashworth",
          role: "lead",
        })
      ).status,
    ).toBe(201);
    await api.db.insert(teams).values({ name: "PUBLICATIONS" });
    const { preview: shown } = await preview(client, {
      kind: "work-items",
      name: "ambiguous.csv",
      content: csv([
        ["Title", "Kind", "Team", "Lead", "Start date", "Status"],
        [unique("Ambiguous"), "blog", "Publications", "lead@example.org", "2027-01-01", "planned"],
        [unique("Ambiguous"), "blog", "Digital and web", "Priya Ashworth", "2027-01-01", "planned"],
        [unique("Ambiguous"), "blog", "Nowhere team", "Nobody Atall", "2027-01-01", "planned"],
      ]),
    });
    expect(shown.errors).toEqual([
      {
        row: 2,
        column: "Team",
        message: 'Ambiguous: 2 teams are called "Publications" (ignoring case); use the team\'s id instead',
      },
      {
        row: 3,
        column: "Lead",
        message: 'Ambiguous: 2 users are called "Priya Ashworth"; give the lead\'s email instead',
      },
      {
        row: 4,
        column: "Team",
        message: 'Not found: no team is called "Nowhere team"; use a team\'s name as the Planned work page shows it',
      },
      {
        row: 4,
        column: "Lead",
        message: 'Not found: no user is called "Nobody Atall"; give the lead\'s name or email',
      },
    ]);
    expect(shown).toMatchObject({ rows: 3, new: 0, invalid: 3 });
  });
});

describe("files that cannot be imported", () => {
  it("answers 422 with the reason: not a spreadsheet, empty, no header row, too large", async () => {
    const client = await admin();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const cases: [Upload, RegExp][] = [
      [{ kind: "people", name: "photo.png", content: png }, /not a spreadsheet/],
      [
        { kind: "people", name: "fake.xlsx", content: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
        /not a spreadsheet/,
      ],
      [{ kind: "people", name: "empty.csv", content: "" }, /empty/],
      [{ kind: "people", name: "header-only.csv", content: "Name,Email,Perspectives\r\n" }, /empty/],
      [{ kind: "people", name: "no-header.csv", content: "Ann Smith,ann@example.net,patient\r\n" }, /no header row/],
      [
        { kind: "people", name: "big.csv", content: `Name,Perspectives\r\n${"Ann,patient\r\n".repeat(50_001)}` },
        /too large/,
      ],
      [{ kind: "people", name: "huge.csv", content: `Name\r\n${"x".repeat(21 * 1024 * 1024)}` }, /too large/],
      [
        { kind: "people", name: "people.csv", content: "Name,Email,Who they are\r\nAnn,a@b.c,patient\r\n" },
        /no column for Perspectives\. Its columns are: “Name”, “Email”, “Who they are”\./,
      ],
      [
        // No header row: the first data row stands in its place, so only 20 cells are named, each cut short.
        {
          kind: "people",
          name: "no-names.csv",
          content: `Name,${"x".repeat(60)},${Array.from({ length: 23 }, (_, i) => `c${i}`).join(",")}\r\nAnn,b,c\r\n`,
        },
        new RegExp(`Its columns are: “Name”, “${"x".repeat(39)}…”, “c0”, .*“c17” and 5 more\\.`),
      ],
      [
        { kind: "people", name: "people.csv", content: "Name,Perspectives\r\nAnn,patient\r\n", mapping: "{nope" },
        /fields need attention/,
      ],
      [
        { kind: "things", name: "people.csv", content: "Name,Perspectives\r\nAnn,patient\r\n" },
        /fields need attention/,
      ],
    ];
    for (const [file, reason] of cases) {
      const response = await upload(client, file);
      expect(response.status, file.name).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).detail, file.name).toMatch(reason);
    }
    const badMapping = await upload(client, {
      kind: "people",
      name: "people.csv",
      content: "Name,Who\r\nAnn,patient\r\n",
      mapping: { Who: "wizardry", Missing: "email" },
    });
    expect(badMapping.status).toBe(422);
    expect((await badMapping.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "mapping.Who",
      "mapping.Missing",
    ]);
    const noSheet = await upload(client, {
      kind: "people",
      name: "book.xlsx",
      content: await oneSheetWorkbook(),
      sheet: "Nope",
    });
    expect(noSheet.status).toBe(422);
    expect((await noSheet.json()).detail).toMatch(/no sheet called "Nope"/);
  });
});

async function oneSheetWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("People").addRow(["Name", "Perspectives"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the invalid rows, commit and undo", () => {
  it("gives the invalid rows as CSV with their own columns and an Error column", async () => {
    const client = await admin();
    const { id } = await preview(client, {
      kind: "people",
      name: "fix me.csv",
      content: csv([
        ["Name", "Email", "Perspectives", "Notes"],
        ["Good Row", "", "patient", "kept"],
        ["", "bad@", "=cmd", "formula-looking"],
      ]),
    });
    const response = await client.get(`/api/imports/${id}/invalid.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="fix-me-invalid-rows.csv"');
    // Decoded keeping the byte-order mark (Response.text() drops it).
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(text)).toEqual([
      ["Name", "Email", "Perspectives", "Notes", "Error"],
      [
        "",
        "bad@",
        "'=cmd",
        "formula-looking",
        "Name: Enter a name; Email: Enter a valid email address; Perspectives: Choose one of: patient, service_user, carer, public, clinician, manager, academic, policy, other",
      ],
    ]);
    const audit = await (await client.get(`/api/audit?recordId=${id}&action=export`)).json();
    expect(audit.items).toMatchObject([{ resource: "imports", detail: { file: "invalid.csv", rows: 1 } }]);
  });

  it("commits once (a second commit is 409) and undoes exactly what it created, unless one changed since", async () => {
    const client = await admin();
    const tag = unique("Undo");
    // People without an email match by name: each import has names of its own.
    const file = (n: number, batch: string) => ({
      kind: "people",
      name: "undo.csv",
      content: csv([
        ["Name", "Perspectives", "Contact consent"],
        ...Array.from({ length: n }, (_, i) => [`${tag} ${batch} ${i}`, "patient", "2026-01-01"]),
      ]),
    });
    const before = await total(client, "/api/people");
    const { id } = await importFile(client, file(5, "first"));
    // A consent in the file starts the person's consent history, as a create through the form does.
    const first = (await (await client.get(`/api/people?search=${encodeURIComponent(`${tag} first 0`)}`)).json())
      .items[0];
    const history = await (await client.get(`/api/people/${first.id}/consents/history`)).json();
    expect(history.items).toMatchObject([{ consent: "contact", event: "given", on: "2026-01-01" }]);
    const again = await commit(client, id);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe("already_committed");
    expect(await total(client, "/api/people")).toBe(before + 5);

    expect((await client.request("DELETE", `/api/imports/${id}`)).status).toBe(204);
    expect(await total(client, "/api/people")).toBe(before);
    expect((await client.request("DELETE", `/api/imports/${id}`)).status).toBe(409);
    expect((await commit(client, id)).status).toBe(409);
    const deletes = await (await client.get("/api/audit?action=delete&resource=people&pageSize=100")).json();
    expect(deletes.items.filter((e: { detail: { importId?: string } }) => e.detail?.importId === id)).toHaveLength(5);

    // Edited since: nothing is undone.
    const second = await importFile(client, file(3, "second"));
    const edited = (await (await client.get(`/api/people?search=${encodeURIComponent(`${tag} second 1`)}`)).json())
      .items[0];
    expect((await client.request("PATCH", `/api/people/${edited.id}`, { phone: "0100", version: 1 })).status).toBe(200);
    const refused = await client.request("DELETE", `/api/imports/${second.id}`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "changed_since_import", errors: [{ path: "row 3" }] });
    expect(await total(client, "/api/people")).toBe(before + 3);

    // Referred to since (an involvement on an imported person): nothing is undone either.
    const third = await importFile(client, file(2, "third"));
    const person = (await (await client.get(`/api/people?search=${encodeURIComponent(`${tag} third 0`)}`)).json())
      .items[0];
    const item = await createItem(client, { title: unique("Undo item") });
    const involved = await client.request("POST", "/api/involvements", {
      workItemId: item.id,
      personId: person.id,
      role: "reviewer",
    });
    expect(involved.status).toBe(201);
    expect((await client.request("DELETE", `/api/imports/${third.id}`)).status).toBe(409);
    expect(await total(client, "/api/people")).toBe(before + 5);
  });

  it("writes nothing when a commit fails part-way (a record made since the preview with an id it would use)", async () => {
    const client = await admin();
    const tag = unique("Atomic");
    const { id } = await preview(client, {
      kind: "people",
      name: "atomic.csv",
      content: csv([["Name", "Perspectives"], ...Array.from({ length: 5 }, (_, i) => [`${tag} ${i}`, "carer"])]),
    });
    const [kept] = await api.db
      .select({ recordId: importRows.recordId })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.row, 5)));
    const now = new Date();
    await api.db.insert(people).values({
      id: kept?.recordId as string,
      name: "In the way",
      perspectives: ["public"],
      createdAt: now,
      updatedAt: now,
    });
    const before = await total(client, "/api/people");
    const response = await commit(client, id);
    expect(response.status).toBe(409);
    expect((await response.json()).code).toBe("changed_since_preview");
    expect(await total(client, "/api/people")).toBe(before);
    expect((await (await client.get(`/api/people?search=${encodeURIComponent(tag)}`)).json()).total).toBe(0);
    const history = (await (await client.get("/api/imports?pageSize=100")).json()).items;
    expect(history.find((i: { id: string }) => i.id === id)).toMatchObject({ status: "previewed", created: 0 });
    const audit = await (await client.get("/api/audit?action=create&resource=people&pageSize=100")).json();
    expect(audit.items.filter((e: { detail: { importId?: string } }) => e.detail?.importId === id)).toEqual([]);
  });
});

describe("who may import", () => {
  it("refuses managers and the events team; a lead imports only their own work items and involvement on them", async () => {
    for (const email of ["manager@example.org", "events@example.org"]) {
      const client = await api.as(email);
      const response = await upload(client, {
        kind: "people",
        name: "p.csv",
        content: "Name,Perspectives\r\nAnn,patient\r\n",
      });
      expect(response.status, email).toBe(403);
      expect((await client.get("/api/imports")).status, email).toBe(403);
    }

    const lead = await api.as("lead@example.org");
    const title = unique("Lead item");
    const mine = await preview(lead, {
      kind: "work-items",
      name: "mine.csv",
      content: csv([
        ["Title", "Kind", "Team", "Lead", "Start date", "Status"],
        [`${title} own`, "blog", "Policy and partnerships", "lead@example.org", "2027-02-01", "planned"],
        [`${title} default`, "blog", "Policy and partnerships", "", "2027-02-01", "planned"],
        [`${title} other`, "blog", "Policy and partnerships", "lead2@example.org", "2027-02-01", "planned"],
      ]),
    });
    expect(mine.preview).toMatchObject({
      new: 2,
      invalid: 1,
      errors: [{ row: 4, column: "Lead", message: "You can import only work items you lead" }],
    });
    // Without a Lead column, the lead is whoever imports.
    const noLead = await preview(lead, {
      kind: "work-items",
      name: "no-lead.csv",
      content: csv([
        ["Title", "Kind", "Team", "Start date", "Status"],
        [`${title} implicit`, "blog", "Policy and partnerships", "2027-02-01", "planned"],
      ]),
    });
    expect(noLead.preview).toMatchObject({ new: 1, invalid: 0 });
    expect((await commit(lead, mine.id)).status).toBe(200);

    const client = await admin();
    const others = await createItem(client, {
      title: unique("Not the lead's"),
      leadId: (await directory(client)).users.find((u) => u.name === "Kofi Brennard")?.id as string,
    });
    const own = await createItem(lead, { title: unique("The lead's") });
    const person = (await (await lead.get("/api/people?pageSize=1&sort=name")).json()).items[0];
    const involvement = await preview(lead, {
      kind: "involvements",
      name: "inv.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [own.title, person.id, "Reviewer"],
        [others.title, person.id, "Reviewer"],
      ]),
    });
    expect(involvement.preview).toMatchObject({
      new: 1,
      invalid: 1,
      errors: [{ row: 3, column: "Work item", message: "You can add involvement only to work items you lead" }],
    });

    // Another person's import: not theirs to see, commit or undo — nor to learn that it exists
    // (404, as for an id that is nobody's); their list has only their own.
    const adminImport = await preview(client, {
      kind: "people",
      name: "admin.csv",
      content: "Name,Perspectives\r\nAnn Admin,patient\r\n",
    });
    const nobodys = await lead.request("POST", "/api/imports/00000000-0000-4000-8000-000000000000/commit");
    const someoneElses = await commit(lead, adminImport.id);
    expect(someoneElses.status).toBe(404);
    expect(await someoneElses.json()).toEqual(await nobodys.json());
    expect((await lead.request("DELETE", `/api/imports/${adminImport.id}`)).status).toBe(404);
    expect((await lead.get(`/api/imports/${adminImport.id}/invalid.csv`)).status).toBe(404);
    // Still there for the one who made it.
    expect((await client.get(`/api/imports/${adminImport.id}/invalid.csv`)).status).toBe(200);
    const listed = (await (await lead.get("/api/imports?pageSize=100")).json()).items as { createdByName: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => i.createdByName === "Priya Ashworth")).toBe(true);
    expect(nobodys.status).toBe(404);
  });
});

/** An import's kept rows, straight from the database: what it still holds of the file. */
async function keptRows(id: string) {
  return api.db
    .select({ row: importRows.row, data: importRows.data, cells: importRows.cells })
    .from(importRows)
    .where(eq(importRows.importId, id))
    .orderBy(importRows.row);
}

const hoursAgo = (n: number) => new Date(Date.now() - n * 60 * 60 * 1000);

describe("how long an import keeps what the file said", () => {
  it("expires a preview after 24 hours: its rows are cleared, commit is 409 preview_expired, invalid.csv 410", async () => {
    const client = await admin();
    const tag = unique("Expiring");
    const { id } = await preview(client, {
      kind: "people",
      name: "expiring.csv",
      content: csv([
        ["Name", "Perspectives", "Access needs"],
        [`${tag} 1`, "patient", "Step-free access"],
        [`${tag} 2`, "astronaut", "A quiet room"],
      ]),
    });
    const listed = (await (await client.get("/api/imports?pageSize=100")).json()).items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBe(24 * 60 * 60 * 1000);
    // Within the day, the rows are kept.
    await api.db
      .update(imports)
      .set({ createdAt: hoursAgo(23) })
      .where(eq(imports.id, id));
    await client.get("/api/imports");
    expect((await keptRows(id)).map((r) => [r.data !== null, r.cells !== null])).toEqual([
      [true, false],
      [false, true],
    ]);

    await api.db
      .update(imports)
      .set({ createdAt: hoursAgo(25) })
      .where(eq(imports.id, id));
    // Any import request clears what expired imports hold.
    expect((await client.get("/api/imports")).status).toBe(200);
    expect(await keptRows(id)).toEqual([
      { row: 2, data: null, cells: null },
      { row: 3, data: null, cells: null },
    ]);
    const before = await total(client, "/api/people");
    const late = await commit(client, id);
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({
      code: "preview_expired",
      detail: expect.stringMatching(/Upload the file again/),
    });
    expect(await total(client, "/api/people")).toBe(before);
    const gone = await client.get(`/api/imports/${id}/invalid.csv`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ code: "invalid_rows_expired" });
  });

  it("keeps a committed import's invalid rows 7 days for invalid.csv, then clears them; an undo clears them at once", async () => {
    const client = await admin();
    const tag = unique("Week");
    const file = (batch: string) => ({
      kind: "people",
      name: "week.csv",
      content: csv([
        ["Name", "Perspectives", "Lived experience"],
        [`${tag} ${batch} ok`, "patient", ""],
        [`${tag} ${batch} bad`, "astronaut", "Something personal"],
      ]),
    });
    const { id } = await importFile(client, file("a"));
    await api.db
      .update(imports)
      .set({ committedAt: new Date(Date.now() - 6.9 * 24 * 3600 * 1000) })
      .where(eq(imports.id, id));
    expect((await client.get(`/api/imports/${id}/invalid.csv`)).status).toBe(200);
    await api.db
      .update(imports)
      .set({ committedAt: new Date(Date.now() - 7.1 * 24 * 3600 * 1000) })
      .where(eq(imports.id, id));
    const gone = await client.get(`/api/imports/${id}/invalid.csv`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ code: "invalid_rows_expired", detail: expect.stringMatching(/7 days/) });
    expect((await keptRows(id)).every((r) => r.cells === null && r.data === null)).toBe(true);
    // The records it made are not touched by the clearing: undo still works.
    expect((await client.request("DELETE", `/api/imports/${id}`)).status).toBe(204);

    const second = await importFile(client, file("b"));
    expect((await client.request("DELETE", `/api/imports/${second.id}`)).status).toBe(204);
    expect((await keptRows(second.id)).every((r) => r.cells === null && r.data === null)).toBe(true);
    expect((await client.get(`/api/imports/${second.id}/invalid.csv`)).status).toBe(410);
  });

  it("on erasure, clears the import rows that name the person: their record, their name or email in a cell", async () => {
    const client = await admin();
    const name = unique("Erasable Person");
    const email = `${name.replace(/\W/g, ".")}@example.net`;
    const created = await client.request("POST", "/api/people", { name, email, perspectives: ["public"] });
    expect(created.status).toBe(201);
    const person = await created.json();
    const item = await createItem(client, { title: unique("Erasure item") });
    // A preview that would involve them, and one with an invalid row typing their email.
    const involving = await preview(client, {
      kind: "involvements",
      name: "inv.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [item.title, email, "reviewer"],
      ]),
    });
    const typing = await preview(client, {
      kind: "people",
      name: "typed.csv",
      content: csv([
        ["Name", "Email", "Perspectives", "Access needs"],
        [name, ` ${email.toUpperCase()} `, "astronaut", "Hearing loop"],
        [unique("Someone else"), "", "astronaut", "Large print"],
      ]),
    });
    expect(involving.preview.new).toBe(1);
    expect(typing.preview.invalid).toBe(2);

    expect(
      (await client.request("POST", `/api/people/${person.id}/erase`, { reason: "Asked to be forgotten" })).status,
    ).toBe(200);
    expect(await keptRows(involving.id)).toEqual([{ row: 2, data: null, cells: null }]);
    const typed = await keptRows(typing.id);
    expect(typed[0]).toEqual({ row: 2, data: null, cells: null });
    // Another person's row is not theirs: kept until it expires.
    expect(typed[1]?.cells).not.toBeNull();
    // The involvement preview can no longer be committed: what it held is gone.
    const late = await commit(client, involving.id);
    expect(late.status).toBe(409);
    expect((await late.json()).code).toBe("changed_since_preview");
    expect((await (await client.get(`/api/involvements?workItemId=${item.id}`)).json()).total).toBe(0);
  });
});

describe("an upload that is not a form", () => {
  it("is 415 Unsupported media type, as problem+json", async () => {
    const client = await admin();
    const response = await client.request("POST", "/api/imports", { kind: "people" });
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 415, title: "Unsupported media type" });
  });
});

describe("import rows in a subject access document, and on deletion", () => {
  type Held = {
    importId: string;
    fileName: string;
    kind: string;
    importedAt: string;
    importedByName: string;
    row: number;
    matchedBy: string;
    values: { name: string; value: string }[];
    deletedBy: string | null;
  };
  const heldFor = async (client: Client, personId: string): Promise<Held[]> => {
    const response = await client.get(`/api/people/${personId}/subject-access`);
    expect(response.status).toBe(200);
    return (await response.json()).importRows;
  };

  it("lists the kept rows that name the person, with what they say and when they go; deleting the person clears them", async () => {
    const client = await admin();
    const name = unique("Listed Person");
    const email = `${name.replace(/\W/g, ".")}@example.net`;
    const created = await client.request("POST", "/api/people", { name, email, perspectives: ["carer"] });
    expect(created.status).toBe(201);
    const person = await created.json();
    const other = await (
      await client.request("POST", "/api/people", { name: unique("Not Them"), perspectives: ["public"] })
    ).json();
    const item = await createItem(client, { title: unique("Listed item") });
    const typing = await preview(client, {
      kind: "people",
      name: "typed.csv",
      content: csv([
        ["Name", "Email", "Perspectives", "Access needs"],
        [unique("Someone else"), "", "astronaut", "Large print"],
        [name, email, "astronaut", "Hearing loop"],
      ]),
    });
    const involving = await preview(client, {
      kind: "involvements",
      name: "inv.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [item.title, email, "reviewer"],
      ]),
    });
    expect(typing.preview.invalid).toBe(2);
    expect(involving.preview.new).toBe(1);

    const held = await heldFor(client, person.id);
    expect(held.map((h) => [h.fileName, h.kind, h.row, h.matchedBy])).toEqual([
      ["typed.csv", "people", 3, "email"],
      ["inv.csv", "involvements", 2, "record"],
    ]);
    const [typed, planned] = held as [Held, Held];
    // The invalid row as the file had it, column by column (an empty cell left out).
    expect(typed.values).toEqual([
      { name: "Name", value: name },
      { name: "Email", value: email },
      { name: "Perspectives", value: "astronaut" },
      { name: "Access needs", value: "Hearing loop" },
    ]);
    expect(typed.importedByName).toBe("Dev Halloran");
    // A preview is kept 24 hours.
    expect(Date.parse(typed.deletedBy ?? "") - Date.parse(typed.importedAt)).toBe(24 * 60 * 60 * 1000);
    // The checked record a preview would create, field by field.
    expect(planned.values).toEqual(expect.arrayContaining([{ name: "person id", value: person.id }]));
    // Someone else's subject access does not list them.
    expect(await heldFor(client, other.id)).toEqual([]);

    // Once the preview has expired, it is neither held nor listed.
    await api.db
      .update(imports)
      .set({ createdAt: hoursAgo(25) })
      .where(eq(imports.id, involving.id));
    expect((await heldFor(client, person.id)).map((h) => h.fileName)).toEqual(["typed.csv"]);
    expect(await keptRows(involving.id)).toEqual([{ row: 2, data: null, cells: null }]);

    // Deleted (they took part in nothing): the rows naming them go with them; others' stay.
    expect((await client.request("DELETE", `/api/people/${person.id}`)).status).toBe(204);
    const rows = await keptRows(typing.id);
    expect(rows[1]).toEqual({ row: 3, data: null, cells: null });
    expect(rows[0]?.cells).not.toBeNull();
  });

  it("discloses and deletes only the rows that are theirs, not a namesake's; shows a new record's fields in words", async () => {
    const client = await admin();
    const name = unique("Sam Collide");
    const email = `${name.replace(/\W/g, ".")}.a@example.net`;
    // A preview made before they were added by hand: its new row is theirs by email.
    const fresh = await preview(client, {
      kind: "people",
      name: "consents.csv",
      content: csv([
        ["Name", "Email", "Perspectives", "Contact consent given"],
        [name, email, "carer", "2026-01-15"],
      ]),
    });
    expect(fresh.preview).toMatchObject({ new: 1 });
    const person = await (await client.request("POST", "/api/people", { name, email, perspectives: ["carer"] })).json();
    const file = await preview(client, {
      kind: "people",
      name: "namesakes.csv",
      content: csv([
        ["Name", "Email", "Perspectives", "Access needs"],
        // Two other people with the same name: each row holds another email.
        [name, "sam.b@example.org", "patient", "Wheelchair user"],
        [name, "sam.c@example.org", "astronaut", "Needs BSL"],
        // The name alone, no email: it may be theirs, so it is listed, marked to check.
        [name, "", "astronaut", "Large print"],
      ]),
    });
    expect(file.preview).toMatchObject({ new: 1, invalid: 2 });

    const held = await heldFor(client, person.id);
    expect(held.map((h) => [h.fileName, h.row, h.matchedBy])).toEqual([
      ["consents.csv", 2, "email"],
      ["namesakes.csv", 4, "name"],
    ]);
    expect(JSON.stringify(held)).not.toContain("Wheelchair user");
    expect(JSON.stringify(held)).not.toContain("Needs BSL");
    // A record still to be made, in words: nested consents under their name, dates in UK form.
    expect(held[0]?.values).toEqual(
      expect.arrayContaining([{ name: "consents contact given on", value: "15 Jan 2026" }]),
    );
    expect(JSON.stringify(held[0]?.values)).not.toContain("[object Object]");

    // Deleting them clears their rows, and leaves the namesakes' for those previews to commit.
    expect((await client.request("DELETE", `/api/people/${person.id}`)).status).toBe(204);
    const rows = await keptRows(file.id);
    expect(rows.map((r) => r.data !== null || r.cells !== null)).toEqual([true, true, false]);
    expect((await keptRows(fresh.id))[0]).toEqual({ row: 2, data: null, cells: null });
  });
});

describe("commit checks the rows again", () => {
  it("refuses a lead's involvement rows whose work item was handed to another lead since the preview", async () => {
    const lead = await api.as("lead@example.org");
    const client = await admin();
    const own = await createItem(lead, { title: unique("Handed over") });
    const person = (await (await lead.get("/api/people?pageSize=1&sort=name")).json()).items[0];
    const { id, preview: shown } = await preview(lead, {
      kind: "involvements",
      name: "inv.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [own.title, person.id, "Reviewer"],
      ]),
    });
    expect(shown).toMatchObject({ new: 1, invalid: 0 });
    const other = (await directory(client)).users.find((u) => u.name === "Kofi Brennard") as { id: string };
    const handed = await client.request("PATCH", `/api/work-items/${own.id}`, {
      leadId: other.id,
      version: own.version,
    });
    expect(handed.status).toBe(200);

    const refused = await commit(lead, id);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: "changed_since_preview",
      errors: [{ path: "row 2", message: "Its work item is no longer one you lead" }],
    });
    expect((await (await client.get(`/api/involvements?workItemId=${own.id}`)).json()).total).toBe(0);
    const history = (await (await lead.get("/api/imports?pageSize=100")).json()).items;
    expect(history.find((i: { id: string }) => i.id === id)).toMatchObject({ status: "previewed", created: 0 });
  });

  it("refuses rows whose work item was deleted, or whose person was erased, since the preview", async () => {
    const client = await admin();
    const kept = await createItem(client, { title: unique("Kept item") });
    const doomed = await createItem(client, { title: unique("Doomed item") });
    const people = await Promise.all(
      ["Stays", "Goes"].map(async (what) => {
        const response = await client.request("POST", "/api/people", { name: unique(what), perspectives: ["carer"] });
        return (await response.json()) as { id: string };
      }),
    );
    const [stays, goes] = people as [{ id: string }, { id: string }];
    const { id } = await preview(client, {
      kind: "involvements",
      name: "inv.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [kept.title, stays.id, "Reviewer"],
        [doomed.title, stays.id, "Reviewer"],
        [kept.title, goes.id, "Reviewer"],
      ]),
    });
    expect((await client.request("DELETE", `/api/work-items/${doomed.id}`)).status).toBe(204);
    expect((await client.request("POST", `/api/people/${goes.id}/erase`, { reason: "Asked" })).status).toBe(200);
    const refused = await commit(client, id);
    expect(refused.status).toBe(409);
    const body = await refused.json();
    expect(body.code).toBe("changed_since_preview");
    expect(body.errors).toContainEqual({ path: "row 3", message: "Its work item has been deleted since the preview" });
    expect((await (await client.get(`/api/involvements?workItemId=${kept.id}`)).json()).total).toBe(0);
  });
});

/**
 * A workbook written entry by entry, in the order given (Excel puts the sheets before the shared
 * strings); each entry deflated, with a central directory as zip readers expect.
 */
type EntryShape = { method?: number; flags?: number; localSignature?: number };

function workbookZip(entries: [string, string | Uint8Array, EntryShape?][]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content, { method = 8, flags = 0, localSignature = 0x04034b50 } = {}] of entries) {
    const raw = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(localSignature, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

const workbookXml = (sheets: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
const relsXml = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("")}</Relationships>`;
const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe("reading workbooks safely", () => {
  it("refuses a zip no workbook Excel writes looks like: 422 not a spreadsheet, nothing read", async () => {
    const client = await admin();
    const sheet = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>');
    const book = (last: [string, string, EntryShape?]) =>
      workbookZip([["xl/workbook.xml", workbookXml(["People"])], ["xl/_rels/workbook.xml.rels", relsXml(1)], last]);
    const whole = book(["xl/worksheets/sheet1.xml", sheet]);
    const cases: [string, Uint8Array, RegExp][] = [
      // bzip2 (method 12), and an encrypted part (flag bit 0): neither is what Excel writes.
      ["bzip2.xlsx", book(["xl/worksheets/sheet1.xml", sheet, { method: 12 }]), /Excel's format does not fit/],
      ["encrypted.xlsx", book(["xl/worksheets/sheet1.xml", sheet, { flags: 1 }]), /Excel's format does not fit/],
      // A part named to climb out of the folder it would be unpacked in.
      ["climbing.xlsx", book(["../../sheet1.xml", sheet]), /Excel's format does not fit/],
      // The directory is sound, but the sheet's own header is not where it says.
      [
        "broken-part.xlsx",
        book(["xl/worksheets/sheet1.xml", sheet, { localSignature: 0 }]),
        /Excel's format does not fit/,
      ],
      // Cut short: the central directory's end is missing.
      ["truncated.xlsx", whole.subarray(0, whole.byteLength - 10), /Excel's format does not fit/],
      ["no-workbook.xlsx", workbookZip([["docProps/app.xml", "<Properties/>"]]), /no workbook in it/],
    ];
    for (const [name, content, reason] of cases) {
      const response = await upload(client, { kind: "people", name, content });
      expect(response.status, name).toBe(422);
      expect(await response.json(), name).toMatchObject({
        code: "not_a_spreadsheet",
        detail: expect.stringMatching(reason),
      });
    }
    // The same workbook whole is read to its end: a header row and no data under it.
    const read = await upload(client, { kind: "people", name: "whole.xlsx", content: whole });
    expect(read.status).toBe(422);
    expect(await read.json()).toMatchObject({ code: "empty" });
  });

  it("stops reading a sheet of millions of rows (a small zip) at the row limit: 422 too large", async () => {
    const client = await admin();
    // 2,000,000 rows: a 10 MB zip of 146 MB of XML. Read whole (as before), it took 55 s and 1.9 GB
    // here; streamed, reading stops after 50,002 rows, in about a second.
    const parts = [Buffer.from(sheetXml("").replace("</sheetData></worksheet>", ""))];
    parts.push(Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'));
    for (let start = 2; start <= 2_000_000; start += 10_000) {
      let chunk = "";
      for (let r = start; r < start + 10_000; r++)
        chunk += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`;
      parts.push(Buffer.from(chunk));
    }
    parts.push(Buffer.from("</sheetData></worksheet>"));
    const sheet = Buffer.concat(parts);
    const bytes = workbookZip([
      ["xl/workbook.xml", workbookXml(["People"])],
      ["xl/_rels/workbook.xml.rels", relsXml(1)],
      ["xl/worksheets/sheet1.xml", sheet],
      ["xl/sharedStrings.xml", "<sst><si><t>Name</t></si><si><t>Perspectives</t></si></sst>"],
    ]);
    expect(bytes.byteLength).toBeLessThan(20 * 1024 * 1024);
    const response = await upload(client, { kind: "people", name: "bomb.xlsx", content: bytes });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      code: "too_large",
      detail: expect.stringMatching(/more than 50,000 data rows/),
    });
  }, 30_000);

  it("reads the first sheet by default — shared strings, rich text, formula results, dates — and names the sheets when one is not there", async () => {
    const client = await admin();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("People");
    workbook.addWorksheet("Other").addRow(["Not", "this"]);
    const name = unique("Rich Text");
    sheet.addRow(["Name", "Perspectives", "Retention review", "Phone"]);
    sheet.addRow([
      { richText: [{ text: name.slice(0, 4), font: { bold: true } }, { text: name.slice(4) }] },
      { formula: 'LOWER("CARER")', result: "carer" },
      new Date(Date.UTC(2029, 3, 1)),
      "0100 000000",
    ]);
    sheet.getCell("C2").numFmt = "dd/mm/yyyy";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { preview: shown, committed } = await importFile(client, {
      kind: "people",
      name: "book.xlsx",
      content: bytes,
    });
    expect(shown.errors).toEqual([]);
    expect(committed.created).toBe(1);
    const found = (await (await client.get(`/api/people?search=${encodeURIComponent(name)}`)).json()).items;
    expect(found).toMatchObject([
      { name, perspectives: ["carer"], retentionReviewOn: "2029-04-01", phone: "0100 000000" },
    ]);

    const noSheet = await upload(client, { kind: "people", name: "book.xlsx", content: bytes, sheet: "Missing" });
    expect(noSheet.status).toBe(422);
    expect(await noSheet.json()).toMatchObject({
      code: "no_such_sheet",
      detail: 'The workbook has no sheet called "Missing". Its sheets: People, Other.',
    });
  });
});

describe("the header is row 1", () => {
  it("refuses a file whose first row is blank (no_header), and keeps the spreadsheet's row numbers past blank rows", async () => {
    const client = await admin();
    const blankFirst = await upload(client, {
      kind: "people",
      name: "blank-first.csv",
      content: "\r\nName,Perspectives\r\nAnn,patient\r\n",
    });
    expect(blankFirst.status).toBe(422);
    expect(await blankFirst.json()).toMatchObject({
      code: "no_header",
      detail: expect.stringMatching(/the first row should name the columns/),
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("People");
    sheet.getRow(3).values = ["Name", "Perspectives"];
    sheet.getRow(4).values = ["Ann", "patient"];
    const lowHeader = await upload(client, {
      kind: "people",
      name: "low.xlsx",
      content: new Uint8Array(await workbook.xlsx.writeBuffer()),
    });
    expect(lowHeader.status).toBe(422);
    expect((await lowHeader.json()).code).toBe("no_header");

    const tag = unique("Gap");
    const { preview: shown } = await preview(client, {
      kind: "people",
      name: "gaps.csv",
      content: `Name,Perspectives\r\n${tag} 1,patient\r\n,\r\n\r\n${tag} 2,astronaut\r\n`,
    });
    expect(shown).toMatchObject({ rows: 2, new: 1, invalid: 1 });
    expect(shown.errors.map((e) => e.row)).toEqual([5]);
  });
});

describe("matching and references that name more than one record", () => {
  it("makes a people row without an email invalid when two people share its name, rather than match one", async () => {
    const client = await admin();
    const name = unique("Twin Name");
    for (const spelling of [name, `  ${name.toUpperCase()} `])
      expect((await client.request("POST", "/api/people", { name: spelling, perspectives: ["public"] })).status).toBe(
        201,
      );
    const { preview: shown } = await preview(client, {
      kind: "people",
      name: "twins.csv",
      content: csv([
        ["Name", "Email", "Perspectives"],
        [name.toLowerCase(), "", "carer"],
        [name, `${name.replace(/\W/g, ".")}@example.net`, "carer"],
      ]),
    });
    expect(shown).toMatchObject({ rows: 2, new: 1, matched: 0, invalid: 1 });
    expect(shown.errors).toEqual([
      { row: 2, column: "Name", message: `2 people are called "${name}": add their email to tell them apart` },
    ]);
  });

  it("says when a person or a work item an involvement row names is ambiguous", async () => {
    const client = await admin();
    const name = unique("Shared Person");
    const mail = (who: string) => `${who}.${name.replace(/\W/g, ".")}@example.net`;
    for (const email of ["one", "two"])
      expect(
        (
          await client.request("POST", "/api/people", {
            name,
            email: mail(email),
            perspectives: ["public"],
          })
        ).status,
      ).toBe(201);
    const title = unique("Shared title");
    await createItem(client, { title });
    await createItem(client, { title: ` ${title.toUpperCase()}` });
    const single = await createItem(client, { title: unique("Single title") });
    const { preview: shown } = await preview(client, {
      kind: "involvements",
      name: "ambiguous.csv",
      content: csv([
        ["Work item", "Person", "Role"],
        [single.title, name, "reviewer"],
        [title, mail("one"), "reviewer"],
      ]),
    });
    expect(shown.errors).toEqual([
      { row: 2, column: "Person", message: `Ambiguous: 2 people are called "${name}"; give their email instead` },
      {
        row: 3,
        column: "Work item",
        message: `Ambiguous: 2 work items are titled "${title}"; use the work item's id instead`,
      },
    ]);
  });
});

describe("undo and the database's own foreign keys", () => {
  it("refuses (409, nothing removed) when a table no hand-kept list knows of refers to an imported person", async () => {
    const client = await admin();
    // A table added after the import feature (as any new feature may add one): its key to people
    // is found in the catalogue, not in a list someone had to remember to update.
    await api.db.execute(sql`create table if not exists later_feature_links (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people(id))`);
    const tag = unique("Linked");
    const { id } = await importFile(client, {
      kind: "people",
      name: "linked.csv",
      content: csv([
        ["Name", "Perspectives"],
        [`${tag} 1`, "patient"],
        [`${tag} 2`, "carer"],
      ]),
    });
    const [row] = await api.db
      .select({ recordId: importRows.recordId })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.row, 3)));
    await api.db.execute(sql`insert into later_feature_links (person_id) values (${row?.recordId})`);
    const before = await total(client, "/api/people");
    const refused = await client.request("DELETE", `/api/imports/${id}`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: "changed_since_import",
      errors: [{ path: "row 3", message: "Other records now refer to it" }],
    });
    expect(await total(client, "/api/people")).toBe(before);
    const history = (await (await client.get("/api/imports?pageSize=100")).json()).items;
    expect(history.find((i: { id: string }) => i.id === id)).toMatchObject({ status: "committed" });
    await api.db.execute(sql`drop table later_feature_links`);
    expect((await client.request("DELETE", `/api/imports/${id}`)).status).toBe(204);
    expect(await total(client, "/api/people")).toBe(before - 2);
  });
});
