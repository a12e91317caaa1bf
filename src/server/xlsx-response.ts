import type { CellValue, Worksheet } from "exceljs";
import type { ColumnType, ExportColumn } from "./export-columns";
import { once } from "./once";

export const xlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel holds at most this many characters in a cell: a longer text is cut there (ending "…"), not left for Excel to repair. */
export const excelCellLimit = 32_767;

/** How each type of column shows in Excel (undefined: General). Dates as the CSV writes them. */
const numberFormats: Record<ColumnType, string | undefined> = {
  text: undefined,
  date: "yyyy-mm-dd",
  timestamp: 'yyyy-mm-dd hh:mm:ss "UTC"',
  money: '"£"#,##0.00',
  count: undefined,
};
const widths: Record<ColumnType, number> = { text: 24, date: 12, timestamp: 24, money: 14, count: 10 };

type ExcelJs = typeof import("exceljs");

/**
 * exceljs is large and written for Node, so it is loaded only when a workbook is asked for: never
 * part of the SPA's bundles, nor of the demo's first load.
 */
async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = await import("exceljs");
  // exceljs is CommonJS: Node (and the browser bundle) hand its exports over as the default export, which its types leave out.
  return (loaded as ExcelJs & { default?: ExcelJs }).default ?? loaded;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A Date whose UTC fields are the instant's (exceljs writes a Date's UTC fields as Excel's wall clock). */
function dateOf(value: string, isDay: boolean): Date | string {
  if (isDay && !dayPattern.test(value)) return value;
  const date = new Date(isDay ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : date;
}

function textOf(value: string): string | null {
  if (value === "") return null;
  if (value.length <= excelCellLimit) return value;
  const end = excelCellLimit - 1;
  // Never cut between the two halves of a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(value.charAt(end - 1)) ? end - 1 : end;
  return `${value.slice(0, cut)}…`;
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/**
 * One cell as Excel should hold it. Text is always a string value: exceljs writes a formula only
 * for a `{ formula }` object, so "=SUM(A1)" from a record is stored, and shown, as that text.
 */
function cellOf<T>(column: ExportColumn<T>, row: T): CellValue {
  switch (column.type) {
    case "text": {
      const value = column.value(row);
      return value === null || value === undefined ? null : textOf(value);
    }
    case "date":
    case "timestamp": {
      const value = column.value(row);
      return value ? dateOf(value, column.type === "date") : null;
    }
    case "money": {
      const pence = column.value(row);
      return pence === null || pence === undefined ? null : finite(pence / 100);
    }
    case "count": {
      const value = column.value(row);
      return value === null || value === undefined ? null : finite(value);
    }
  }
}

/** The header frozen and filtered, each column typed (its number format) and a sensible width. */
function layOut<T>(sheet: Worksheet, columns: readonly ExportColumn<T>[]) {
  sheet.columns = columns.map((column) => {
    const numFmt = numberFormats[column.type];
    return {
      width: Math.min(Math.max(widths[column.type], column.header.length + 2), 60),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
}

type SheetSink = {
  /** Adds a batch of rows; resolves when the zip has taken them (so rows never pile up in memory). */
  add(rows: CellValue[][]): Promise<void>;
  finish(): Promise<void>;
};

/** Where exceljs 4.4 hands a sheet's XML to the zip (archiver wraps it in a PassThrough). Not its public API. */
type SheetInternals = {
  stream?: { pipes?: { _writableState?: { needDrain?: boolean }; once(event: "drain", listener: () => void): void }[] };
};

/**
 * Waits until the zip has taken the sheet's XML so far. exceljs writes each committed row on
 * without regard for how fast the zip compresses it, so a fast row source would pile the whole
 * sheet up, uncompressed, in memory. Compressing runs off the main thread and comes back as I/O
 * callbacks, which a row source answering in microtasks (PGlite runs in-process) would never
 * let run: at the least, a turn of the event loop.
 */
async function caughtUp(sheet: Worksheet) {
  const entry = (sheet as unknown as SheetInternals).stream?.pipes?.[0];
  if (entry?._writableState?.needDrain) await new Promise<void>((resolve) => entry.once("drain", resolve));
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A workbook of one sheet whose bytes go to `out` as they are made. In Node, exceljs's streaming
 * writer commits each row as it comes (a large export never sits whole in memory). The browser
 * build of exceljs (the no-server demo) has no streaming writer: there the demo's small tables
 * are built in memory and written at the end.
 */
async function openSheet<T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  created: Date,
  out: (bytes: Uint8Array) => void,
): Promise<SheetSink> {
  const excel = await loadExcelJs();
  const sheetOptions = { views: [{ state: "frozen" as const, ySplit: 1 }] };
  const header = columns.map((column) => column.header);
  // Its types say it is always there; the browser bundle of exceljs leaves it out.
  const StreamingWriter = excel.stream?.xlsx?.WorkbookWriter as ExcelJs["stream"]["xlsx"]["WorkbookWriter"] | undefined;
  if (StreamingWriter) {
    const { Writable } = await import("node:stream");
    const stream = new Writable({
      write(chunk: Uint8Array, _encoding, callback) {
        out(chunk);
        callback();
      },
    });
    // useStyles: without it the streaming writer drops every number format (the £, the dates).
    const workbook = new StreamingWriter({ stream, useStyles: true, useSharedStrings: false });
    workbook.creator = "Involvement Tracker";
    workbook.created = created;
    const sheet = workbook.addWorksheet(sheetName, sheetOptions);
    layOut(sheet, columns);
    const headerRow = sheet.addRow(header);
    headerRow.font = { bold: true };
    headerRow.commit();
    // One style object per column, given to each of its cells: exceljs then finds the cell's style
    // by that object (a WeakMap) instead of comparing a fresh copy per cell: under half the time.
    const styles = columns.map((column) => {
      const numFmt = numberFormats[column.type];
      return numFmt ? { numFmt } : {};
    });
    return {
      add: async (rows) => {
        for (const cells of rows) {
          const row = sheet.addRow(cells);
          styles.forEach((style, i) => {
            row.getCell(i + 1).style = style;
          });
          row.commit();
        }
        await caughtUp(sheet);
      },
      finish: async () => {
        sheet.commit();
        await workbook.commit();
      },
    };
  }
  const workbook = new excel.Workbook();
  workbook.creator = "Involvement Tracker";
  workbook.created = created;
  const sheet = workbook.addWorksheet(sheetName, sheetOptions);
  layOut(sheet, columns);
  sheet.addRow(header).font = { bold: true };
  return {
    add: async (rows) => {
      sheet.addRows(rows);
    },
    finish: async () => out(new Uint8Array(await workbook.xlsx.writeBuffer())),
  };
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * An Excel workbook (one sheet) that streams as csvResponse does: nothing is read until the
 * client reads, each read takes the next batch of rows from the database only when the bytes
 * already made have gone, a cancelled download stops reading, and `done` hears how many rows
 * went out and whether the file was finished or stopped (for the audit), once.
 */
export function xlsxResponse<T>(
  filename: string,
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  batches: AsyncIterator<T[]>,
  done: (rows: number, finished: boolean) => Promise<void>,
  created: Date,
) {
  const made: Uint8Array[] = [];
  let sheet: SheetSink | undefined;
  let rows = 0;
  let ended = false;
  let stopped = false;
  const record = once(done);
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          sheet ??= await openSheet(sheetName, columns, created, (bytes) => made.push(bytes));
          // Enqueue something on every pull (or close): a pull that adds nothing is never called again.
          for (;;) {
            if (stopped) return;
            if (made.length) return controller.enqueue(joined(made.splice(0)));
            if (ended) return controller.close();
            const batch = await batches.next();
            if (stopped) return;
            if (batch.done) {
              await sheet.finish();
              // Recorded before the file ends: whoever has the whole file is in the audit.
              await record(rows, true);
              ended = true;
            } else {
              rows += batch.value.length;
              await sheet.add(batch.value.map((item) => columns.map((column) => cellOf(column, item))));
            }
          }
        } catch (error) {
          // The file breaks off: what went out is still recorded.
          await record(rows, false);
          throw error;
        }
      },
      async cancel() {
        // The person stopped the download: stop reading batches, and record what went out.
        stopped = true;
        await batches.return?.();
        await record(rows, false);
      },
    },
    // Nothing is read from the database until the client reads.
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": xlsxMediaType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
