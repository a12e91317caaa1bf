import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnKit } from "./export-columns";
import { excelCellLimit, xlsxResponse } from "./xlsx-response";

type Row = { id: string; name: string; on: string; pence: number };
const c = columnKit<Row>();
const columns = [
  c.text("Name", (row) => row.name),
  c.date("On", (row) => row.on),
  c.money("Fee (£)", (row) => row.pence),
];

/** A row source like an export's: `batches` batches of `size` rows, read only when asked, telling what was read. */
function source(batches: number, size: number, failAt?: number) {
  const seen = { batches: 0, returned: false };
  async function* generate() {
    try {
      for (let b = 0; b < batches; b++) {
        if (b === failAt) throw new Error("the database went away");
        seen.batches++;
        yield Array.from({ length: size }, (_, i) => ({
          id: `${b}-${i}`,
          name: `Person ${b * size + i}`,
          on: "2026-11-30",
          pence: b * size + i,
        }));
      }
    } finally {
      seen.returned = true;
    }
  }
  return { seen, batches: generate() };
}

function recorder() {
  const calls: [number, boolean][] = [];
  return { calls, done: async (rows: number, finished: boolean) => void calls.push([rows, finished]) };
}

const created = new Date("2026-11-30T09:00:00Z");
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("xlsxResponse", () => {
  it("reads nothing until the body is read, then makes a whole workbook and records it once, before the file ends", async () => {
    const { seen, batches } = source(3, 1000);
    const { calls, done } = recorder();
    const response = xlsxResponse("test.xlsx", "Test", columns, batches, done, created);
    await tick();
    expect(seen.batches).toBe(0);

    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let recordedBeforeEnd = false;
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      recordedBeforeEnd = calls.length === 1;
      chunks.push(value);
    }
    expect(recordedBeforeEnd).toBe(true);
    expect(calls).toEqual([[3000, true]]);
    const workbook = new ExcelJS.Workbook();
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet("Test") as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(3001);
    expect(sheet.getRow(3001).getCell(1).value).toBe("Person 2999");
    expect(sheet.getRow(3001).getCell(3).value).toBe(29.99);
    expect(workbook.creator).toBe("Involvement Tracker");
  });

  it("reads rows only as the bytes made go out, and a cancelled download stops the reading and is recorded as stopped", async () => {
    const { seen, batches } = source(200, 1000);
    const { calls, done } = recorder();
    const response = xlsxResponse("test.xlsx", "Test", columns, batches, done, created);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (let i = 0; i < 3; i++) expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(seen.returned).toBe(true);
    // 200,000 rows were there to read; only what the chunks taken needed was read.
    expect(seen.batches).toBeLessThan(20);
    expect(calls).toEqual([[seen.batches * 1000, false]]);
  });

  it("keeps pace with the zip: a fast row source never runs far ahead of the bytes made (rows never pile up in memory)", async () => {
    const { seen, batches } = source(100, 1000);
    const { calls, done } = recorder();
    const response = xlsxResponse("test.xlsx", "Test", columns, batches, done, created);
    const progress: { batches: number; bytes: number }[] = [];
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      progress.push({ batches: seen.batches, bytes });
    }
    expect(calls).toEqual([[100_000, true]]);
    // The batches are alike, so each makes about the same share of the file.
    const perBatch = bytes / 100;
    const ahead = Math.max(...progress.map((p) => p.batches - p.bytes / perBatch));
    expect(ahead).toBeLessThan(10);
  });

  it("breaks the file off when the rows cannot be read, and records what went out as stopped", async () => {
    const { batches } = source(5, 100, 2);
    const { calls, done } = recorder();
    const response = xlsxResponse("test.xlsx", "Test", columns, batches, done, created);
    await expect(response.arrayBuffer()).rejects.toThrow("the database went away");
    expect(calls).toEqual([[200, false]]);
  });

  it("cuts a text longer than a cell can hold, leaves an empty text empty, and keeps a malformed date as its text", async () => {
    const long = "x".repeat(excelCellLimit + 10);
    const rows = [
      { id: "1", name: long, on: "not a date", pence: 0 },
      { id: "2", name: "", on: "", pence: Number.NaN },
    ];
    async function* one() {
      yield rows;
    }
    const { done } = recorder();
    const response = xlsxResponse("test.xlsx", "Test", columns, one(), done, created);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const cut = sheet.getRow(2).getCell(1).value as string;
    expect(cut).toHaveLength(excelCellLimit);
    expect(cut.endsWith("x…")).toBe(true);
    expect(sheet.getRow(2).getCell(2).value).toBe("not a date");
    expect(sheet.getRow(2).getCell(3).value).toBe(0);
    expect(sheet.getRow(3).getCell(1).value).toBeNull();
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });
});
