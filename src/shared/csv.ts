/**
 * CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark, RFC 4180
 * quoting, CRLF line ends, and text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) neutralised with a leading apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

export const csvBom = "\uFEFF";

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly CsvValue[]) => `${values.map(csvCell).join(",")}\r\n`;

/** Pence as pounds with two decimals ("150.00"), the way a spreadsheet sums them. */
export const csvPounds = (pence: number | null | undefined) =>
  pence === null || pence === undefined ? null : (pence / 100).toFixed(2);

/** A whole table at once (for small tables such as a chart's numbers). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvBom + csvRow(header) + rows.map(csvRow).join("");
}

/** Reads CSV written by this module back into rows (tests, and checking round trips). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.startsWith(csvBom) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}
