/**
 * Spreadsheet imports (ADR 018): preview (read, check every row with the shared create schema, keep
 * the checked rows; nothing else written), commit (all or nothing, in one transaction, by the
 * create routes' own insert and audit helpers), the invalid rows as CSV, and undo.
 */
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { importRows, imports } from "../../db/schema";
import { toCsv } from "../../shared/csv";
import { importFields } from "../../shared/import-fields";
import type { Page } from "../../shared/schemas/common";
import {
  type ImportCommitted,
  type ImportCreated,
  type ImportKind,
  type ImportListQuery,
  type ImportMapping,
  type ImportRowError,
  type ImportSampleRow,
  type ImportSummary,
  maxPreviewErrors,
  maxSampleInvalid,
  maxSampleOthers,
} from "../../shared/schemas/imports";
import type { SessionUser } from "../../shared/schemas/users";
import { type Who, writeAudit, writeAudits } from "../audit";
import { ApiError, notFound } from "../problem";
import { sqlState } from "../raw-sql";
import { changedRecord, insertRecords, isUuid, pageFrom } from "../resource";
import { type Cell, cellText, noDataRows, readSpreadsheet } from "./import-files";
import { kindSpecs, type Values } from "./import-kinds";
import { mapColumns, readCell, requireColumns, storable } from "./import-mapping";
import { importDataExpired, importDataExpiresAt, invalidRowsGone, previewExpired } from "./import-retention";

type ImportRow = typeof imports.$inferSelect;
type RowRecord = {
  row: number;
  outcome: "new" | "matched" | "invalid";
  record_id: string | null;
  data: Values | null;
  cells: string[] | null;
  errors: Omit<ImportRowError, "row">[] | null;
};

export type ImportRequest = {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  sheet?: string | undefined;
  mapping?: ImportMapping | undefined;
};

/** Rows per statement when keeping a preview: one JSON parameter each. */
const keepBatch = 5000;

export const conflict = (detail: string, code: string, errors?: { path: string; message: string }[]) =>
  new ApiError(409, "Conflict", detail, errors, { code });

/** Reads, maps and checks every row; keeps the result. Nothing but the import itself is written. */
export async function previewImport(
  db: Db,
  now: Date,
  who: Who,
  user: SessionUser,
  request: ImportRequest,
): Promise<ImportCreated> {
  const spec = kindSpecs[request.kind];
  const sheet = await readSpreadsheet(request.bytes, request.sheet);
  const columns = mapColumns(request.kind, sheet.header, request.mapping);
  if (!sheet.rows.length) throw noDataRows();
  requireColumns(request.kind, sheet.header, columns, spec.optionalFor(user));
  const read = sheet.rows.map(({ row, cells }) => {
    const values: Values = {};
    const errors = new Map<string, string>();
    for (const column of columns.values()) {
      const cell = readCell(column.field, cells[column.index] ?? null);
      if (cell.error !== undefined) errors.set(column.field.name, cell.error);
      else if (cell.value !== undefined) values[column.field.name] = cell.value;
    }
    return { row, cells, values, errors };
  });
  const build = await spec.prepare(
    db,
    read.map((r) => r.values),
    user,
  );
  const checked = read.map((r) => {
    // The first problem found at a field is the one reported: a cell that could not be read, then
    // a reference not found, then what the schema says.
    const report = (field: string, message: string) => {
      if (!r.errors.has(field)) r.errors.set(field, message);
    };
    const parsed = spec.schema.safeParse(build(r.values, report));
    if (!parsed.success) for (const issue of parsed.error.issues) report(spec.fieldOf(issue.path), issue.message);
    else if (!r.errors.size) spec.refuse?.(parsed.data, user, report);
    return { ...r, input: parsed.success && !r.errors.size ? parsed.data : undefined };
  });

  const fields = importFields[request.kind];
  const columnOf = (field: string) =>
    columns.get(field)?.header ?? fields.find((f) => f.name === field)?.label ?? field;
  const order = (field: string) => columns.get(field)?.index ?? Number.MAX_SAFE_INTEGER;
  const existing = await spec.existing(
    db,
    checked.flatMap((c) => (c.input ? [c.input] : [])),
  );
  const seen = new Map<string, string>();
  const rows: RowRecord[] = checked.map(({ row, cells, errors, input }) => {
    const key = input ? spec.matchKey(input) : "";
    const match = input ? (existing.get(key) ?? seen.get(key)) : undefined;
    // Two records or more it could be: not matched to one at random, but invalid, saying so.
    if (typeof match === "object") errors.set(match.field, match.message);
    if (!input || typeof match === "object") {
      const list = [...errors]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([field, message]) => ({ column: columnOf(field), message }));
      const kept = cells.map((cell) => storable(cellText(cell)));
      return { row, outcome: "invalid", record_id: null, data: null, cells: kept, errors: list };
    }
    // Already on record, or the same as an earlier row of this file: matched, never created twice.
    if (match) return { row, outcome: "matched", record_id: match, data: null, cells: null, errors: null };
    const id = crypto.randomUUID();
    seen.set(key, id);
    return { row, outcome: "new", record_id: id, data: input, cells: null, errors: null };
  });

  const tally = (outcome: RowRecord["outcome"]) => rows.filter((r) => r.outcome === outcome).length;
  const counts = { rows: rows.length, new: tally("new"), matched: tally("matched"), invalid: tally("invalid") };
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(imports).values({
      id,
      kind: request.kind,
      fileName: storable(request.fileName).slice(0, 255),
      sheet: request.sheet ? storable(request.sheet) : null,
      createdById: who.actorId,
      createdByName: who.actorName,
      createdAt: now,
      status: "previewed",
      rowCount: counts.rows,
      newCount: counts.new,
      matchedCount: counts.matched,
      invalidCount: counts.invalid,
      header: sheet.header.map(storable),
    });
    // In the database in a few statements: each batch of rows is one JSON parameter.
    for (let start = 0; start < rows.length; start += keepBatch)
      await tx.execute(sql`insert into import_rows (import_id, "row", outcome, record_id, data, cells, errors)
        select ${id}, r."row", r.outcome, r.record_id, r.data, r.cells, r.errors
        from jsonb_to_recordset(${JSON.stringify(rows.slice(start, start + keepBatch))}::jsonb)
          as r("row" integer, outcome text, record_id uuid, data jsonb, cells jsonb, errors jsonb)`);
    // What was imported is the import's own record; the audit keeps what kind and how many, never a cell.
    await writeAudit(tx, now, who, {
      action: "create",
      resource: "imports",
      recordId: id,
      detail: { kind: request.kind, ...counts },
    });
  });
  const errors = rows
    .flatMap((r) => (r.errors ?? []).map((error) => ({ row: r.row, ...error })))
    .slice(0, maxPreviewErrors);
  const fieldAt = new Map([...columns.values()].map((c) => [c.index, c.field.name]));
  const previewColumns = sheet.header.map((column, index) => ({ column, field: fieldAt.get(index) ?? null }));
  const sample = sampleRows(checked, rows, sheet.header.length);
  return { id, preview: { ...counts, errors, columns: previewColumns, sample } };
}

/** The preview table's rows: the invalid ones (up to a limit), then the first few others, in row order. */
function sampleRows(
  checked: readonly { row: number; cells: readonly Cell[] }[],
  rows: readonly RowRecord[],
  width: number,
) {
  let invalid = 0;
  let others = 0;
  const sample: ImportSampleRow[] = [];
  rows.forEach((r, i) => {
    const take = r.outcome === "invalid" ? invalid++ < maxSampleInvalid : others++ < maxSampleOthers;
    if (!take) return;
    const cells = checked[i]?.cells ?? [];
    sample.push({
      row: r.row,
      outcome: r.outcome,
      cells: Array.from({ length: width }, (_, c) => cellText(cells[c] ?? null)),
    });
  });
  return sample;
}

/**
 * An import the user may act on: their own, or any for admin. 404 when there is none — and when it
 * is someone else's, so that a lead cannot learn that an import exists (or what it was) by its id.
 */
export async function findImport(db: Db, id: string, user: SessionUser): Promise<ImportRow> {
  const [found] = isUuid(id) ? await db.select().from(imports).where(eq(imports.id, id)) : [];
  if (!found || (user.role !== "admin" && found.createdById !== user.id)) throw notFound("The import");
  return found;
}

/** Creates the records of a preview's new rows: all of them, or (on any failure) none. */
export async function commitImport(
  db: Db,
  now: Date,
  who: Who,
  user: SessionUser,
  id: string,
): Promise<ImportCommitted> {
  const found = await findImport(db, id, user);
  if (found.status !== "previewed")
    throw conflict(`This import was ${found.status} already: nothing more was imported.`, `already_${found.status}`);
  // Its rows' data is deleted (or about to be): what the file said is not kept past the preview's day.
  if (importDataExpired(found, now)) throw previewExpired();
  const spec = kindSpecs[found.kind];
  const changedSincePreview = conflict(
    "Something changed since the preview (a record it names or would make), so nothing was imported. Upload the file again to preview it afresh.",
    "changed_since_preview",
  );
  try {
    return await db.transaction(async (tx) => {
      // Claimed first: of two commits at once, the second finds it committed and writes nothing.
      const claimed = await tx
        .update(imports)
        .set({ status: "committed", committedAt: now })
        .where(and(eq(imports.id, id), eq(imports.status, "previewed")))
        .returning({ id: imports.id });
      if (!claimed.length)
        throw conflict("This import was committed already: nothing more was imported.", "already_committed");
      const kept = await tx
        .select({ row: importRows.row, recordId: importRows.recordId, data: importRows.data })
        .from(importRows)
        .where(and(eq(importRows.importId, id), eq(importRows.outcome, "new")))
        .orderBy(importRows.row);
      const refusals = new Map<number, string>();
      const inputs = kept.flatMap((k) => {
        const parsed = spec.schema.safeParse(k.data);
        if (parsed.success && k.recordId) return [{ row: k.row, id: k.recordId, input: parsed.data }];
        // Cleared since (the person it names was erased), or no longer what the schema takes.
        refusals.set(k.row, "What the preview kept of this row has been deleted since");
        return [];
      });
      // The rules again, against the records as they are now: what a row names may have been
      // deleted, erased or handed to another lead since the preview, and this user's role changed.
      for (const i of inputs)
        spec.refuse?.(i.input, user, (_field, message) => {
          if (!refusals.has(i.row)) refusals.set(i.row, message);
        });
      const rechecked = await (spec.recheck?.(
        tx,
        inputs.map((i) => i.input),
        user,
      ) ?? []);
      inputs.forEach((i, n) => {
        const why = rechecked[n];
        if (why !== undefined && !refusals.has(i.row)) refusals.set(i.row, why);
      });
      // Made by someone else since the preview: matched now, not created twice.
      const existing = await spec.existing(
        tx,
        inputs.map((i) => i.input),
      );
      for (const i of inputs) {
        const match = existing.get(spec.matchKey(i.input));
        if (typeof match === "object" && !refusals.has(i.row)) refusals.set(i.row, match.message);
      }
      if (refusals.size)
        throw conflict(
          `${refusals.size} of the rows to import ${refusals.size === 1 ? "no longer passes" : "no longer pass"} the checks (something changed since the preview), so nothing was imported. Upload the file again to preview it afresh.`,
          "changed_since_preview",
          [...refusals]
            .sort(([a], [b]) => a - b)
            .slice(0, 10)
            .map(([row, message]) => ({ path: `row ${row}`, message })),
        );
      const nowMatched = inputs.flatMap((i) => {
        const match = existing.get(spec.matchKey(i.input));
        return typeof match === "string" ? [{ row: i.row, record_id: match }] : [];
      });
      const records = inputs
        .filter((i) => !existing.has(spec.matchKey(i.input)))
        .map((i) => ({ id: i.id, row: spec.toRow(i.input) }));
      await insertRecords(
        tx,
        spec.table,
        records.map((r) => ({ ...r.row, id: r.id })),
        now,
      );
      await spec.afterInsert?.(tx, records, who, now);
      await writeAudits(
        tx,
        now,
        who,
        records.map((r) => ({
          action: "create",
          ...changedRecord(spec.resource, r.id, r.row, spec.subject(r.id, r.row), { importId: id }),
        })),
      );
      if (nowMatched.length)
        await tx.execute(sql`update import_rows set outcome = 'matched', record_id = m.record_id
          from jsonb_to_recordset(${JSON.stringify(nowMatched)}::jsonb) as m("row" integer, record_id uuid)
          where import_rows.import_id = ${id} and import_rows."row" = m."row"`);
      // The records hold the data now: the preview's copy goes.
      await tx.update(importRows).set({ data: null }).where(eq(importRows.importId, id));
      const matched = found.matchedCount + nowMatched.length;
      await tx
        .update(imports)
        .set({ createdCount: records.length, newCount: records.length, matchedCount: matched })
        .where(eq(imports.id, id));
      await writeAudit(tx, now, who, {
        action: "update",
        resource: "imports",
        recordId: id,
        changes: [{ field: "status", before: "previewed", after: "committed" }],
        detail: { kind: found.kind, created: records.length, matched },
      });
      return { created: records.length, matched };
    });
  } catch (error) {
    // A unique, foreign-key or check constraint broken mid-commit (a record made, deleted or
    // changed since the preview): the transaction is rolled back, and the person told so.
    const state = sqlState(error);
    if (state && ["23505", "23503", "23514", "23502"].includes(state)) throw changedSincePreview;
    throw error;
  }
}

/** The preview's invalid rows as CSV: their own columns, and what is wrong with each in "Error". */
export async function invalidRowsCsv(db: Db, now: Date, user: SessionUser, id: string) {
  const found = await findImport(db, id, user);
  if (importDataExpired(found, now)) throw invalidRowsGone();
  const rows = await db
    .select({ cells: importRows.cells, errors: importRows.errors })
    .from(importRows)
    .where(and(eq(importRows.importId, id), eq(importRows.outcome, "invalid")))
    .orderBy(importRows.row);
  const width = found.header.length;
  const lines = rows.map(({ cells, errors }) => [
    ...Array.from({ length: width }, (_, i) => cells?.[i] ?? ""),
    (errors ?? []).map((e) => `${e.column}: ${e.message}`).join("; "),
  ]);
  const base = found.fileName.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "import";
  return { fileName: `${base}-invalid-rows.csv`, text: toCsv([...found.header, "Error"], lines), rows: rows.length };
}

function toSummary(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    sheet: row.sheet,
    createdById: row.createdById,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    rows: row.rowCount,
    new: row.newCount,
    matched: row.matchedCount,
    invalid: row.invalidCount,
    created: row.createdCount,
    committedAt: row.committedAt?.toISOString() ?? null,
    undoneAt: row.undoneAt?.toISOString() ?? null,
    expiresAt: importDataExpiresAt(row)?.toISOString() ?? null,
  };
}

/** The history, newest first: every import for admin, a lead's own for a lead. */
export async function listImports(db: Db, user: SessionUser, query: ImportListQuery): Promise<Page<ImportSummary>> {
  const where = user.role === "admin" ? undefined : eq(imports.createdById, user.id);
  const { page, pageSize, limit, offset } = pageFrom(query);
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(imports)
      .where(where)
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(imports).where(where),
  ]);
  return { items: items.map(toSummary), total: totals?.total ?? 0, page, pageSize };
}
