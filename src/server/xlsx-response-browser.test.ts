import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { columnKit } from "./export-columns";
import { xlsxResponse } from "./xlsx-response";

// The no-server demo runs the API in the browser, where a bundler loads exceljs's browser build:
// no streaming writer there. This file gets that build wherever "exceljs" is imported.
// (That build has no types of its own: require() hands it over untyped, and the types come from "exceljs".)
vi.mock("exceljs", async () => {
  const { createRequire } = await import("node:module");
  return { default: createRequire(import.meta.url)("exceljs/dist/exceljs.min.js") };
});

type Row = { id: string; title: string; on: string; pence: number };
const c = columnKit<Row>();

describe("xlsxResponse with the browser build of exceljs (the demo)", () => {
  it("builds the workbook in memory: same header, typed cells, header frozen and filtered", async () => {
    expect((ExcelJS as { stream?: unknown }).stream).toBeUndefined();
    async function* batches() {
      yield [{ id: "1", title: "=1+1", on: "2026-11-30", pence: 12345 }];
      yield [{ id: "2", title: "Second", on: "2026-12-01", pence: 50 }];
    }
    const calls: [number, boolean][] = [];
    const response = xlsxResponse(
      "demo.xlsx",
      "Demo",
      [c.text("Title", (row) => row.title), c.date("On", (row) => row.on), c.money("Fee (£)", (row) => row.pence)],
      batches(),
      async (rows, finished) => void calls.push([rows, finished]),
      new Date("2026-11-30T09:00:00Z"),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(calls).toEqual([[2, true]]);
    const sheet = workbook.getWorksheet("Demo") as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, "Title", "On", "Fee (£)"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:C1");
    expect(sheet.getRow(2).getCell(1).value).toBe("=1+1");
    expect(sheet.getRow(2).getCell(1).formula).toBeUndefined();
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date("2026-11-30T00:00:00Z"));
    expect(sheet.getRow(2).getCell(3).value).toBe(123.45);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('"£"#,##0.00');
    expect(sheet.rowCount).toBe(3);
  });
});
