import { z } from "zod";
import { id, listQuery } from "./common";

/** What a spreadsheet can bring in: the people directory, planned work, involvements. */
export const importKinds = ["people", "work-items", "involvements"] as const;
export type ImportKind = (typeof importKinds)[number];
export const importKindLabels: Record<ImportKind, string> = {
  people: "People",
  "work-items": "Planned work",
  involvements: "Involvements",
};

/** previewed: read and checked, nothing written; committed: its records made; undone: they were removed again. */
export const importStatuses = ["previewed", "committed", "undone"] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** What became of one data row at preview. */
export const importRowOutcomes = ["new", "matched", "invalid"] as const;
export type ImportRowOutcome = (typeof importRowOutcomes)[number];

/** The largest file and the most data rows one import takes. */
export const maxImportBytes = 20 * 1024 * 1024;
export const maxImportRows = 50_000;
/** A preview lists at most this many errors; every invalid row is in its invalid.csv. */
export const maxPreviewErrors = 1_000;

/** One cell's problem: the row as the spreadsheet numbers it (header = 1), the column by its header. */
export const importRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

/** A column of the file and the field it fills (null: left out), in the file's order. */
export const importColumn = z.object({ column: z.string(), field: z.string().nullable() });
export type ImportColumn = z.infer<typeof importColumn>;

/** Rows the preview table shows: every invalid row (up to maxSampleInvalid), then the first others. */
export const maxSampleInvalid = 200;
export const maxSampleOthers = 20;
export const importSampleRow = z.object({
  row: z.number().int(),
  outcome: z.enum(importRowOutcomes),
  /** The row's cells as text, one per column of `columns`. */
  cells: z.array(z.string()),
});
export type ImportSampleRow = z.infer<typeof importSampleRow>;

export const importPreview = z.object({
  /** Data rows in the file (blank rows are not counted). */
  rows: z.number().int(),
  new: z.number().int(),
  /** Rows that are already on record (or repeat an earlier row): not created again. */
  matched: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(importRowError),
  /** The mapping in effect: each column of the file and its field. */
  columns: z.array(importColumn),
  /** Rows for the preview table, in row order (the errors say which cells are wrong). */
  sample: z.array(importSampleRow),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importCreated = z.object({ id, preview: importPreview });
export type ImportCreated = z.infer<typeof importCreated>;

export const importCommitted = z.object({ created: z.number().int(), matched: z.number().int() });
export type ImportCommitted = z.infer<typeof importCommitted>;

/** Which spreadsheet column goes to which field (null: leave the column out), by the column's header. */
export const importMapping = z.record(z.string(), z.string().nullable());
export type ImportMapping = z.infer<typeof importMapping>;

/** The multipart form of an upload. `mapping` is JSON text (a form field is text). */
export const importUpload = z.object({
  kind: z.enum(importKinds, { error: `Choose what to import: ${importKinds.join(", ")}` }),
  file: z.file({ error: "Choose a file to import (CSV or .xlsx)" }).meta({ type: "string", format: "binary" }),
  sheet: z.string().trim().max(200, "Keep the sheet name to 200 characters or fewer").optional(),
  mapping: z.string().max(100_000, "The mapping is too long").optional(),
});

/** One import as the history lists it: who, when, what, and what came of it. */
export const importSummary = z.object({
  id,
  kind: z.enum(importKinds),
  fileName: z.string(),
  sheet: z.string().nullable(),
  createdById: id.nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  status: z.enum(importStatuses),
  rows: z.number().int(),
  new: z.number().int(),
  matched: z.number().int(),
  invalid: z.number().int(),
  /** Records the commit made (0 until committed). */
  created: z.number().int(),
  committedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
  /**
   * When what the file said is deleted (ADR 018 amendment): a preview's rows a day after the upload
   * (it can no longer be committed), a committed import's invalid rows a week after the commit
   * (invalid.csv then answers 410); null once undone. Optional only so that older clients' fixtures still fit.
   */
  expiresAt: z.string().nullable().optional(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importListQuery = listQuery({});
export type ImportListQuery = z.infer<typeof importListQuery>;
