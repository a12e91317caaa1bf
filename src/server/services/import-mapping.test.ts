import { describe, expect, it } from "vitest";
import { fieldForHeader, headerKey, importFields } from "../../shared/import-fields";
import type { ImportKind } from "../../shared/schemas/imports";
import { decodeText, detectDelimiter } from "./import-files";
import { mapColumns, readCell, readDate, readMoney, textOf } from "./import-mapping";

describe("import columns", () => {
  it("gives every header key of a kind to one field only", () => {
    for (const [kind, fields] of Object.entries(importFields)) {
      const owners = new Map<string, string>();
      for (const field of fields)
        for (const name of [field.name, field.label, ...field.synonyms]) {
          const owner = owners.get(headerKey(name));
          expect(
            owner === undefined || owner === field.name,
            `${kind}: "${name}" is ${owner}'s and ${field.name}'s`,
          ).toBe(true);
          owners.set(headerKey(name), field.name);
        }
    }
  });

  it("matches headers ignoring case, spaces, punctuation and accents", () => {
    expect(fieldForHeader("people", " E-Mail ")?.name).toBe("email");
    expect(fieldForHeader("work-items", "Start")?.name).toBe("startDate");
    expect(fieldForHeader("work-items", "Team name")?.name).toBe("team");
    expect(fieldForHeader("involvements", "Fee (£)")?.name).toBe("feePence");
    expect(fieldForHeader("people", "Équipe")).toBeUndefined();
  });

  it("lets a mapping rename or drop a column, and refuses one that does not fit", () => {
    const header = ["Who", "Mail", "Perspectives", "Email"];
    const columns = mapColumns("people" as ImportKind, header, { Who: "name", Email: null, Mail: "E-mail" });
    expect([...columns.values()].map((c) => [c.field.name, c.header])).toEqual([
      ["name", "Who"],
      ["email", "Mail"],
      ["perspectives", "Perspectives"],
    ]);
    expect(() => mapColumns("people", header, { Who: "name", Mail: "name" })).toThrow(/does not fit/);
    expect(() => mapColumns("people", ["Ann", "ann@example.net"])).toThrow(/no header row/);
  });
});

describe("import cells", () => {
  it("reads dates as YYYY-MM-DD, DD/MM/YYYY, date cells and Excel serial numbers", () => {
    expect(readDate("2027-3-1")).toEqual({ value: "2027-03-01" });
    expect(readDate("1/3/2027")).toEqual({ value: "2027-03-01" });
    expect(readDate("01.03.2027")).toEqual({ value: "2027-03-01" });
    expect(readDate(new Date(Date.UTC(2027, 2, 1)))).toEqual({ value: "2027-03-01" });
    expect(readDate(45658)).toEqual({ value: "2025-01-01" });
    expect(readDate("45658")).toEqual({ value: "2025-01-01" });
    expect(readDate("")).toEqual({ value: undefined });
    expect(readDate("next Tuesday")).toEqual({ error: "Enter a date as YYYY-MM-DD or DD/MM/YYYY" });
  });

  it("reads pounds as whole pence", () => {
    expect(readMoney("£1,234.50")).toEqual({ value: 123450 });
    expect(readMoney("1234.5")).toEqual({ value: 123450 });
    expect(readMoney("£ 12")).toEqual({ value: 1200 });
    expect(readMoney(19.99)).toEqual({ value: 1999 });
    expect(readMoney("-£5")).toEqual({ value: -500 });
    expect(readMoney("12,34")).toEqual({ error: "Enter an amount in pounds, like 1,234.50" });
  });

  it("reads listed values by API value or label, several to a cell", () => {
    const perspectives = importFields.people.find((f) => f.name === "perspectives");
    const status = importFields["work-items"].find((f) => f.name === "status");
    if (!perspectives || !status) throw new Error("fields missing");
    expect(readCell(perspectives, "Service user; CARER, member of the public")).toEqual({
      value: ["service_user", "carer", "public"],
    });
    expect(readCell(status, "In progress")).toEqual({ value: "in_progress" });
    expect(readCell(status, "in_progress")).toEqual({ value: "in_progress" });
    // Unknown: passed on as typed, for the schema to say what it takes.
    expect(readCell(status, "Paused")).toEqual({ value: "Paused" });
  });

  it("takes off the apostrophe an export puts before a formula-like cell", () => {
    expect(textOf("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(textOf("'quoted'")).toBe("'quoted'");
  });
});

describe("import text files", () => {
  it("decodes UTF-8 (with or without a byte-order mark) and falls back to Windows-1252", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc2, 0xa3]))).toBe("£");
    expect(decodeText(Uint8Array.from([0xa3, 0x80, 0x96, 0xe9]))).toBe("£€–é");
  });

  it("takes the delimiter from the header line, ignoring quoted text", () => {
    expect(detectDelimiter("Name;Email;Perspectives\r\na,b;c")).toBe(";");
    expect(detectDelimiter('"Name; full",Email\r\n')).toBe(",");
    expect(detectDelimiter("Name\tEmail\n")).toBe("\t");
  });
});
