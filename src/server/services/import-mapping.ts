/**
 * From a spreadsheet's columns to a record's fields: which column is which field (by header, or as
 * a mapping says), and each cell read as that field wants it — dates, pounds to pence, listed values
 * by API value or label, several values in one cell. Validation is the shared schemas' job.
 */
import { fieldForHeader, fieldNamed, headerKey, type ImportField, importFields } from "../../shared/import-fields";
import type { FieldError } from "../../shared/schemas/common";
import type { ImportKind, ImportMapping } from "../../shared/schemas/imports";
import { isStorableText, unstorableMessage } from "../../shared/storable-text";
import { ApiError } from "../problem";
import { badFile, type Cell, cellText } from "./import-files";

/** A column of the file that fills a field. */
export type Column = { index: number; header: string; field: ImportField };

/** The column filling each field, by field name. */
export type Columns = Map<string, Column>;

const quote = (text: string) => `"${text}"`;

/** Columns that do not fit the kind: 422 with an error at each field or mapping entry. */
const columnsRefused = (detail: string, errors: FieldError[]) =>
  new ApiError(422, "This file cannot be imported", detail, errors, { code: "columns" });

/**
 * Which column fills which field: as `mapping` says for the columns it names (null: leave it out),
 * else by header. Refused (422): a mapping naming a column or field that is not there, two columns
 * for one field by mapping, no column we know (no header row).
 */
export function mapColumns(kind: ImportKind, header: readonly string[], mapping: ImportMapping = {}): Columns {
  const errors: FieldError[] = [];
  const chosen = new Map<number, ImportField | null>();
  for (const [name, target] of Object.entries(mapping)) {
    const exact = header.indexOf(name.trim());
    const index = exact >= 0 ? exact : header.findIndex((h) => h !== "" && headerKey(h) === headerKey(name));
    if (index < 0) {
      errors.push({ path: `mapping.${name}`, message: `The file has no column called ${quote(name)}` });
      continue;
    }
    const field = target === null ? null : fieldNamed(kind, target);
    if (field === undefined) {
      const names = importFields[kind].map((f) => f.name).join(", ");
      errors.push({
        path: `mapping.${name}`,
        message: `There is no field ${quote(String(target))}: choose one of ${names}, or null`,
      });
      continue;
    }
    chosen.set(index, field);
  }
  const columns: Columns = new Map();
  // Mapped columns first: a column the mapping names wins over one matched by its header.
  for (const [index, field] of chosen) {
    if (!field) continue;
    const taken = columns.get(field.name);
    if (taken)
      errors.push({
        path: `mapping.${header[index]}`,
        message: `${quote(taken.header)} is mapped to ${field.name} too: map one column to each field`,
      });
    else columns.set(field.name, { index, header: header[index] ?? "", field });
  }
  header.forEach((text, index) => {
    if (chosen.has(index) || text === "") return;
    const field = fieldForHeader(kind, text);
    // Of two columns that both look like one field, the first is read; the other is left out.
    if (field && !columns.has(field.name)) columns.set(field.name, { index, header: text, field });
  });
  if (errors.length) throw columnsRefused("The mapping does not fit the file.", errors);
  if (!columns.size) {
    const some = importFields[kind]
      .filter((f) => f.required)
      .map((f) => f.label)
      .join(", ");
    throw badFile(
      "no_header",
      `The file has no header row: its first row should name the columns (for example ${some}), and none of its cells names a column we know. Add a header row, or send a mapping.`,
    );
  }
  return columns;
}

/**
 * A required field with no column: 422, naming each, and the columns the file has (so the one to
 * map, perhaps under another name, is in the message). `optional`: fields this importer need not give.
 */
export function requireColumns(
  kind: ImportKind,
  header: readonly string[],
  columns: Columns,
  optional: ReadonlySet<string>,
) {
  const missing = importFields[kind].filter((f) => f.required && !optional.has(f.name) && !columns.has(f.name));
  // The first 20, each cut at 40 characters: a file with no header row has a data row there.
  const named = header.filter((text) => text !== "");
  const shown = named.slice(0, 20).map((text) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`);
  const more = named.length > shown.length ? ` and ${named.length - shown.length} more` : "";
  const has = named.length ? ` Its columns are: ${shown.join(", ")}${more}.` : "";
  if (missing.length)
    throw columnsRefused(
      `The file has no column for ${missing.map((f) => f.label).join(", ")}.${has} Add the column, or map one to it.`,
      missing.map((f) => ({ path: f.name, message: `No column for ${f.label}` })),
    );
}

/** A cell read for a field: its value (undefined when blank), or why it cannot be read. */
export type Converted = { value: unknown; error?: undefined } | { value?: undefined; error: string };

const blank: Converted = { value: undefined };

/** Text as written, less the apostrophe a CSV export puts before =, +, -, @ (formula protection). */
export function textOf(cell: Cell): string {
  const text = cellText(cell);
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const pad = (n: string | number) => String(n).padStart(2, "0");

/** Excel counts days from 30 December 1899 (its 1900 leap-year bug included). */
const excelEpoch = Date.UTC(1899, 11, 30);
const serialDate = (serial: number) =>
  serial >= 1 && serial < 2_958_466
    ? new Date(excelEpoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10)
    : null;

/** YYYY-MM-DD, DD/MM/YYYY (or with - or .), a date cell, or an Excel serial date number. */
export function readDate(cell: Cell): Converted {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? blank : { value: cell.toISOString().slice(0, 10) };
  if (typeof cell === "number") return serialDate(cell) ? { value: serialDate(cell) } : { error: "Enter a real date" };
  const text = textOf(cell);
  if (text === "") return blank;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return { value: `${iso[1]}-${pad(iso[2] ?? "")}-${pad(iso[3] ?? "")}` };
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (uk) return { value: `${uk[3]}-${pad(uk[2] ?? "")}-${pad(uk[1] ?? "")}` };
  if (/^\d+(\.\d+)?$/.test(text) && serialDate(Number(text))) return { value: serialDate(Number(text)) };
  return { error: "Enter a date as YYYY-MM-DD or DD/MM/YYYY" };
}

/** Pounds ("£1,234.50", "1234.5", a number cell) as whole pence. */
export function readMoney(cell: Cell): Converted {
  if (typeof cell === "number") return { value: Math.round(cell * 100) };
  const text = textOf(cell).replace(/\s/g, "");
  if (text === "") return blank;
  const match = /^(-?)£?(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return { error: "Enter an amount in pounds, like 1,234.50" };
  const pounds = Number((match[3] ?? "").replace(/,/g, ""));
  const pence = Number((match[4] ?? "").padEnd(2, "0"));
  const sign = match[1] || match[2] ? -1 : 1;
  return { value: sign * (pounds * 100 + pence) };
}

function readNumber(cell: Cell): Converted {
  if (typeof cell === "number") return { value: cell };
  const text = textOf(cell).replace(/,/g, "");
  if (text === "") return blank;
  // Not a number: passed on as text, so the schema says what it wants.
  return { value: /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text };
}

const choiceKeys = new WeakMap<ImportField, Map<string, string>>();

/** A listed value by its API value or its label, case and punctuation ignored; else the text as given. */
function readChoice(field: ImportField, text: string): string {
  let keys = choiceKeys.get(field);
  if (!keys) {
    keys = new Map();
    for (const [value, label] of Object.entries(field.choices ?? {})) {
      keys.set(headerKey(value), value);
      keys.set(headerKey(label), value);
    }
    choiceKeys.set(field, keys);
  }
  // An unknown value goes to the schema as typed: its message lists the values it takes.
  return keys.get(headerKey(text)) ?? text;
}

const several = (text: string) =>
  text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/** One cell read as its field wants it. */
export function readCell(field: ImportField, cell: Cell): Converted {
  switch (field.type) {
    case "date":
      return readDate(cell);
    case "money":
      return readMoney(cell);
    case "number":
      return readNumber(cell);
    default: {
      const text = textOf(cell);
      if (text === "") return blank;
      if (!isStorableText(text)) return { error: unstorableMessage };
      if (field.type === "choice") return { value: readChoice(field, text) };
      if (field.type === "choices") return { value: several(text).map((part) => readChoice(field, part)) };
      if (field.type === "tags") return { value: several(text) };
      return { value: text };
    }
  }
}

/** Text made storable (for keeping a row's cells): what PostgreSQL cannot hold becomes U+FFFD. */
export const storable = (text: string) =>
  isStorableText(text) ? text : Array.from(text, (c) => (isStorableText(c) ? c : "\uFFFD")).join("");
