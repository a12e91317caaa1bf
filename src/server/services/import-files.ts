/**
 * Reading an uploaded spreadsheet: bytes → the header row and the data rows, each cell as text,
 * a number, a boolean or a date. CSV (UTF-8 with or without a byte-order mark, UTF-16 with one,
 * else Windows-1252; comma, semicolon or tab, whichever the header line uses most) and XLSX
 * (the first sheet, or one chosen by name). Nothing here knows what the columns mean.
 */
import { parse } from "csv-parse/sync";
import { maxImportBytes, maxImportRows } from "../../shared/schemas/imports";
import { ApiError } from "../problem";

export type Cell = string | number | boolean | Date | null;
/** `row`: as the spreadsheet numbers it (the header is row 1 when it is the first). */
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

async function readXlsx(bytes: Uint8Array, sheetName: string | undefined): Promise<Cell[][]> {
  // Loaded when needed: ExcelJS is large, and most imports are CSV (and the demo build need not load it).
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    throw notSpreadsheet("it is a zip file that Excel's format does not fit");
  }
  const sheets = workbook.worksheets;
  if (!sheets.length) throw notSpreadsheet("the workbook has no sheets");
  const wanted = sheetName?.trim();
  const sheet = wanted
    ? (sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()))
    : sheets[0];
  if (!sheet)
    throw badFile(
      "no_such_sheet",
      `The workbook has no sheet called "${wanted}". Its sheets: ${sheets.map((s) => s.name).join(", ")}.`,
    );
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    // row.values is 1-based (index 0 is empty), as Excel numbers columns.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = Array.from(values, plainCell);
  });
  return Array.from(rows, (cells) => cells ?? []);
}

/**
 * The header row (the first row that is not blank) and the data rows after it, blank rows left out.
 * Refused with 422: not a spreadsheet, empty, too large. Whether the first row is a header, and
 * whether any data rows follow it, is for the caller (it knows the columns).
 */
export async function readSpreadsheet(bytes: Uint8Array, sheet?: string): Promise<Sheet> {
  if (bytes.byteLength > maxImportBytes) throw tooLargeFile(bytes.byteLength);
  if (bytes.byteLength === 0) throw badFile("empty", "The file is empty: it has no rows at all.");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw notSpreadsheet("it is an Excel 97–2003 .xls workbook, which is not read: save it as .xlsx or CSV");
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const records = zip ? await readXlsx(bytes, sheet) : readCsv(bytes);
  const headerAt = records.findIndex((cells) => !isBlank(cells));
  if (headerAt === -1) throw badFile("empty", "The file is empty: it has no rows with anything in them.");
  const header = (records[headerAt] ?? []).map((cell) => (cell === null ? "" : cellText(cell)));
  while (header.length && header.at(-1) === "") header.pop();
  const rows: DataRow[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    rows.push({ row: i + 1, cells });
    if (rows.length > maxImportRows)
      throw badFile(
        "too_large",
        `The file is too large: it has more than ${maxImportRows.toLocaleString("en-GB")} data rows, the most one import takes. Split it into smaller files.`,
      );
  }
  return { header, rows };
}

/** A cell as text: a date as YYYY-MM-DD, a number as written, true/false as TRUE/FALSE (as Excel shows them). */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}
