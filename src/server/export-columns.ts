import { type CsvValue, csvPounds } from "../shared/csv";

/**
 * One column of an export, declared once and written by both the CSV and the XLSX writer, so
 * the two files cannot drift: the same headers, in the same order, from the same values. The
 * type says how a spreadsheet holds the value:
 * - text: a string (never a formula);
 * - date: a calendar date "YYYY-MM-DD" (in XLSX, an Excel date);
 * - timestamp: an ISO 8601 instant (in XLSX, an Excel date and time in UTC);
 * - money: pence (in CSV, pounds with two decimals; in XLSX, a number in pounds with a £ format);
 * - count: a plain number (counts, hours).
 */
type ValueOf = { text: string; date: string; timestamp: string; money: number; count: number };
export type ColumnType = keyof ValueOf;

export type ExportColumn<T> = {
  [K in ColumnType]: { header: string; type: K; value: (row: T) => ValueOf[K] | null | undefined };
}[ColumnType];

type Builder<K extends ColumnType, T> = (
  header: string,
  value: (row: T) => ValueOf[K] | null | undefined,
) => ExportColumn<T>;
/** A column of each type, for rows of type T: `(c) => [c.text("Title", (item) => item.title), c.date(...)]`. */
export type ColumnKit<T> = { [K in ColumnType]: Builder<K, T> };

export const columnKit = <T>(): ColumnKit<T> => ({
  text: (header, value) => ({ header, type: "text", value }),
  date: (header, value) => ({ header, type: "date", value }),
  timestamp: (header, value) => ({ header, type: "timestamp", value }),
  money: (header, value) => ({ header, type: "money", value }),
  count: (header, value) => ({ header, type: "count", value }),
});

/** "yes" or "no", as the CSV has always written a true/false value. */
export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? "yes" : "no";

/** The CSV's header row. */
export const headerOf = <T>(columns: readonly ExportColumn<T>[]) => columns.map((column) => column.header);

/** One CSV row: dates and timestamps as they are, money in pounds with two decimals. */
export const csvValuesOf =
  <T>(columns: readonly ExportColumn<T>[]) =>
  (row: T): CsvValue[] =>
    columns.map((column) => (column.type === "money" ? csvPounds(column.value(row)) : column.value(row)));
