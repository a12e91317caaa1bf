import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvBom, csvCell, csvPounds, parseCsv, toCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  it("starts with a byte-order mark and ends rows with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", 2]])).toBe(`${csvBom}a,b\r\n1,2\r\n`);
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell('He said "no", then left')).toBe('"He said ""no"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"])
      expect(csvCell(attack).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell(-5)).toBe("-5"); // numbers stay numbers
    expect(csvCell("2026-11-28")).toBe("2026-11-28");
  });

  it("writes money as pounds and empty for missing values", () => {
    expect(csvPounds(15050)).toBe("150.50");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("yes");
  });

  it("reads back exactly what it wrote, for any text that is not a formula", () => {
    const safeText = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const header = rows[0]?.map((_, i) => `c${i}`) ?? [];
          const width = header.length;
          const even = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? "x"));
          expect(parseCsv(toCsv(header, even))).toEqual([header, ...even]);
        },
      ),
    );
  });
});
