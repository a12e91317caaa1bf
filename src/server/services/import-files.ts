/**
 * Reading an uploaded spreadsheet: bytes → the header row and the data rows, each cell as text,
 * a number, a boolean or a date. CSV (UTF-8 with or without a byte-order mark, UTF-16 with one,
 * else Windows-1252; comma, semicolon or tab, whichever the header line uses most) and XLSX
 * (the first sheet, or one chosen by name). Nothing here knows what the columns mean.
 */
import { Readable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { maxImportBytes, maxImportRows } from "../../shared/schemas/imports";
import { ApiError } from "../problem";

export type Cell = string | number | boolean | Date | null;
/** `row`: as the spreadsheet numbers it (the header is row 1). */
export type DataRow = { row: number; cells: Cell[] };
export type Sheet = { header: string[]; rows: DataRow[] };

/** A file that cannot be imported at all: 422, with the reason, and a word for the client. */
export const badFile = (code: string, detail: string) =>
  new ApiError(422, "This file cannot be imported", detail, undefined, { code });

/** A header row and nothing under it. */
export const noDataRows = () => badFile("empty", "The file is empty: it has a header row but no data rows.");

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const tooLargeFile = (bytes?: number) =>
  badFile(
    "too_large",
    `The file is too large: the most one import takes is ${maxImportBytes / 1024 / 1024} MB${bytes ? ` (this one is ${megabytes(bytes)})` : ""}. Split it into smaller files.`,
  );

const notSpreadsheet = (why: string) =>
  badFile(
    "not_a_spreadsheet",
    `This file is not a spreadsheet (${why}): upload a CSV file or an Excel workbook (.xlsx).`,
  );

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** Windows-1252 the way Excel writes it; streamed, because Node 20's one-shot decode gets 0x80–0x9F wrong. */
function decodeWindows1252(bytes: Uint8Array) {
  const decoder = new TextDecoder("windows-1252");
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** The text of a CSV file: UTF-8 when it is valid UTF-8 (a byte-order mark or not), else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** The delimiter the header line uses most (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

const isBlank = (cells: readonly Cell[]) => cells.every((cell) => cell === null || cell === "");

/** Whether the text holds characters no text file has: C0 controls but tab, line feed, form feed and carriage return. */
function hasBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

function readCsv(bytes: Uint8Array): Cell[][] {
  const text = decodeText(bytes);
  if (hasBinary(text)) throw notSpreadsheet("it holds binary data");
  try {
    return parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    // csv-parse says where, never what: its messages name lines and columns.
    const line = (error as { lines?: number }).lines;
    throw badFile(
      "unreadable_csv",
      `The CSV file could not be read${line ? ` (near line ${line})` : ""}: check that every quoted cell is closed.`,
    );
  }
}

/** An ExcelJS cell value as a plain cell: formulas by their result, rich text and links by their text. */
export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("result" in v) return plainCell(v.result);
    if ("formula" in v || "sharedFormula" in v) return null;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[]).map((p) => String(p.text ?? "")).join("");
    if ("text" in v) return plainCell(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value);
}

/** A part of the workbook, as yauzl read it from the zip: its data still compressed. */
type ZipPart = { name: string; method: number; uncompressedSize: number; raw: Buffer };

/**
 * The parts of a zip that `wanted` names, read by yauzl (central directory first, sizes checked
 * against it) with their data still compressed; undefined when it is not a zip, or one that no
 * workbook Excel writes looks like (encrypted, a method other than stored or deflated, a part of
 * 4 GB or more, an unsafe name, a part whose data cannot be read). The upload is at most 20 MB,
 * so the parts are read here, all at once, and the zip closed.
 */
async function zipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<ZipPart[] | undefined> {
  // Loaded when needed, as ExcelJS is: most imports are CSV (and the demo build need not load it).
  const { fromBufferPromise } = await import("yauzl");
  let zip: Awaited<ReturnType<typeof fromBufferPromise>> | undefined;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      // Parts are read while the directory is walked; closed below, however it ends.
      autoClose: false,
      strictFileNames: true,
    });
    const parts: ZipPart[] = [];
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted() || ![0, 8].includes(entry.compressionMethod)) return undefined;
      if (entry.uncompressedSize > 0xfffffffe || entry.compressedSize > 0xfffffffe) return undefined;
      if (!wanted(entry.fileName)) continue;
      const stream = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      parts.push({
        name: entry.fileName,
        method: entry.compressionMethod,
        uncompressedSize: entry.uncompressedSize,
        raw: Buffer.concat(await stream.toArray()),
      });
    }
    return parts;
  } catch {
    return undefined;
  } finally {
    zip?.close();
  }
}

/**
 * A zip's local entry: header (sizes known, no data descriptor) and data. ExcelJS's streaming
 * reader reads local headers in order, so the re-packed workbook needs nothing more; no zip writer
 * at hand (yazl included) takes a part that is already compressed.
 */
function localEntry(name: string, method: number, data: Uint8Array, uncompressedSize: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const header = new Uint8Array(30 + nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, method, true);
  view.setUint32(18, data.byteLength, true);
  view.setUint32(22, uncompressedSize, true);
  view.setUint16(26, nameBytes.length, true);
  header.set(nameBytes, 30);
  return Buffer.concat([header, data]);
}

/** The most the workbook's parts besides the sheets (shared strings, styles, the sheet list) may inflate to. */
const maxPartBytes = 64 * 1024 * 1024;
const parts = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

/**
 * The workbook re-packed for ExcelJS's streaming reader: the sheet list, styles and shared strings
 * first, inflated here with a ceiling, then the sheets still compressed. In that order the reader
 * streams each sheet (rather than inflating it to a temporary file to wait for the shared strings,
 * as it does with Excel's own order), so reading stops when enough rows have been seen.
 */
async function streamableWorkbook(bytes: Uint8Array): Promise<Buffer> {
  const isSheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
  const entries = await zipParts(bytes, (name) => parts.includes(name) || isSheet(name));
  if (!entries) throw notSpreadsheet("it is a zip file that Excel's format does not fit");
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has(parts[0] as string) || !byName.has(parts[1] as string))
    throw notSpreadsheet("it is a zip file with no workbook in it");
  const out: Uint8Array[] = [];
  for (const name of parts) {
    const entry = byName.get(name);
    let data: Uint8Array = new TextEncoder().encode(name === "xl/sharedStrings.xml" ? "<sst/>" : "");
    if (entry) {
      try {
        data = entry.method === 8 ? inflateRawSync(entry.raw, { maxOutputLength: maxPartBytes }) : entry.raw;
      } catch (error) {
        if (error instanceof RangeError) throw tooLargeWorkbook();
        throw notSpreadsheet("it is a zip file that Excel's format does not fit");
      }
      if (data.byteLength > maxPartBytes) throw tooLargeWorkbook();
    } else if (name !== "xl/sharedStrings.xml") continue;
    out.push(localEntry(name, 0, data, data.byteLength));
  }
  for (const entry of entries)
    if (isSheet(entry.name)) out.push(localEntry(entry.name, entry.method, entry.raw, entry.uncompressedSize));
  return Buffer.concat(out);
}

const tooLargeWorkbook = () =>
  badFile("too_large", "The workbook is too large to read: save the sheet as CSV, or split it into smaller files.");

const tooManyRows = () =>
  badFile(
    "too_large",
    `The file is too large: it has more than ${maxImportRows.toLocaleString("en-GB")} data rows, the most one import takes. Split it into smaller files.`,
  );

/** The most rows of a sheet read, blank ones included (Excel writes a row it has formatted, even empty). */
const maxRowsRead = 4 * maxImportRows;
const tooManyRowsRead = () =>
  badFile(
    "too_large",
    `The sheet is too large: it has more than ${maxRowsRead.toLocaleString("en-GB")} rows, counting blank ones. Delete the rows under your data, or save the sheet as CSV.`,
  );

type SheetModel = { name: string; id: number };
type SheetReader = AsyncIterable<{ number: number; values: unknown }> & { name?: string };

/**
 * The rows of the first sheet (or the one named), streamed: reading stops once there are more rows
 * with something in them than one import takes, so a sheet of millions of rows (or a small zip
 * that inflates to one) is refused without being read to its end.
 */
async function readXlsx(bytes: Uint8Array, sheetName: string | undefined): Promise<DataRow[]> {
  const input = Readable.from([await streamableWorkbook(bytes)]);
  // Loaded when needed: ExcelJS is large, and most imports are CSV (and the demo build need not load it).
  const { default: ExcelJS } = await import("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const records: DataRow[] = [];
  let target: SheetModel | undefined;
  try {
    for await (const worksheet of reader as AsyncIterable<SheetReader>) {
      if (!target) {
        // The sheet list is read before any sheet (streamableWorkbook puts it first).
        const sheets = ((reader as unknown as { model?: { sheets?: SheetModel[] } }).model?.sheets ?? []).filter(
          (s) => typeof s.name === "string",
        );
        if (!sheets.length) throw notSpreadsheet("the workbook has no sheets");
        const wanted = sheetName?.trim();
        target = wanted
          ? (sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()))
          : sheets[0];
        if (!target)
          throw badFile(
            "no_such_sheet",
            `The workbook has no sheet called "${wanted}". Its sheets: ${sheets.map((s) => s.name).join(", ")}.`,
          );
      }
      // Another sheet: left unread (its bytes are skipped, never inflated).
      if (worksheet.name !== target.name) continue;
      let filled = 0;
      let last = 0;
      let seen = 0;
      for await (const row of worksheet) {
        // Blank rows are skipped but still read: they count towards a ceiling of their own.
        if (++seen > maxRowsRead) throw tooManyRowsRead();
        // A row without its number (the format allows it) follows the one before.
        const number = Number.isInteger(row.number) && row.number > last ? row.number : last + 1;
        last = number;
        // row.values is 1-based (index 0 is empty), as Excel numbers columns.
        const cells = Array.isArray(row.values) ? Array.from(row.values.slice(1), plainCell) : [];
        if (isBlank(cells)) continue;
        records.push({ row: number, cells });
        // The header and one row more than an import takes: enough to say it is too large.
        if (++filled > maxImportRows + 1) throw tooManyRows();
      }
      return records;
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw notSpreadsheet("it is a zip file that Excel's format does not fit");
  } finally {
    input.destroy();
  }
  if (!target) throw notSpreadsheet("the workbook has no sheets");
  // Listed but not in the file.
  throw notSpreadsheet(`the sheet "${target.name}" is missing from the workbook`);
}

/**
 * The header (row 1, as the contract has it) and the data rows under it, blank rows left out but
 * each row keeping its spreadsheet number. Refused with 422: not a spreadsheet, empty, too large,
 * a blank first row. Whether the header names known columns, and whether any data rows follow it,
 * is for the caller (it knows the columns).
 */
export async function readSpreadsheet(bytes: Uint8Array, sheet?: string): Promise<Sheet> {
  if (bytes.byteLength > maxImportBytes) throw tooLargeFile(bytes.byteLength);
  if (bytes.byteLength === 0) throw badFile("empty", "The file is empty: it has no rows at all.");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw notSpreadsheet("it is an Excel 97–2003 .xls workbook, which is not read: save it as .xlsx or CSV");
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const records = zip
    ? await readXlsx(bytes, sheet)
    : readCsv(bytes).flatMap((cells, i) => (isBlank(cells) ? [] : [{ row: i + 1, cells }]));
  const [first, ...rest] = records;
  if (!first) throw badFile("empty", "The file is empty: it has no rows with anything in them.");
  if (first.row !== 1)
    throw badFile(
      "no_header",
      "The first row is blank: the first row should name the columns (Name, Email…), with the data rows under it.",
    );
  const header = first.cells.map((cell) => (cell === null ? "" : cellText(cell)));
  while (header.length && header.at(-1) === "") header.pop();
  if (rest.length > maxImportRows) throw tooManyRows();
  return { header, rows: rest };
}

/** A cell as text: a date as YYYY-MM-DD, a number as written, true/false as TRUE/FALSE (as Excel shows them). */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}
