import { z } from "zod";
import { csvResponse } from "./csv-response";
import { type ColumnKit, columnKit, csvValuesOf, type ExportColumn, headerOf } from "./export-columns";
import { xlsxMediaType, xlsxResponse } from "./xlsx-response";

/** Every export is offered in both: the same rows, filters, sort and columns (one column list, two writers). */
export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The OpenAPI description of a format's 200 answer. */
export function exportContent(format: ExportFormat) {
  return format === "csv"
    ? { description: "The CSV file", content: { "text/csv": { schema: z.string() } } }
    : {
        description: "The Excel workbook",
        content: { [xlsxMediaType]: { schema: z.string().meta({ format: "binary" }) } },
      };
}

export const xlsxDescription =
  'One sheet, header row frozen and filtered; dates as Excel dates (shown YYYY-MM-DD), money as numbers in a £ format, counts as numbers; text is never a formula. Text beyond Excel\'s 32,767-character cell limit is cut there, ending with "…". Streamed as the rows are read.';

export type ExportFile<T> = {
  /** The file's name without its extension, e.g. "people-2026-11-30". */
  name: string;
  /** The XLSX sheet's name (31 characters at most). */
  sheet: string;
  columns: readonly ExportColumn<T>[];
  batches: AsyncIterator<T[]>;
};

/** An export's file: its rows' type comes from `batches`, and types the columns. */
export function exportFile<T>(
  name: string,
  sheet: string,
  batches: AsyncIterator<T[]>,
  columns: (c: ColumnKit<T>) => ExportColumn<T>[],
): ExportFile<T> {
  return { name, sheet, batches, columns: columns(columnKit<T>()) };
}

/** The export as the format asks; `done` hears how many rows went out and whether the file was finished (for the audit). */
export function exportResponse<T>(
  format: ExportFormat,
  file: ExportFile<T>,
  done: (rows: number, finished: boolean) => Promise<void>,
  now: Date,
): Response {
  return format === "csv"
    ? csvResponse(`${file.name}.csv`, headerOf(file.columns), file.batches, csvValuesOf(file.columns), done)
    : xlsxResponse(`${file.name}.xlsx`, file.sheet, file.columns, file.batches, done, now);
}
