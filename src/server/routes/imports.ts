import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { pageOf } from "../../shared/schemas/common";
import {
  importCommitted,
  importCreated,
  importListQuery,
  importMapping,
  importSummary,
  importUpload,
  maxImportBytes,
  maxImportRows,
  maxPreviewErrors,
} from "../../shared/schemas/imports";
import { whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { fieldErrors, invalid } from "../problem";
import { expireImportData } from "../services/import-retention";
import { undoImport } from "../services/import-undo";
import { commitImport, invalidRowsCsv, listImports, previewImport } from "../services/imports";
import { json, permit, problemResponses } from "./openapi-helpers";

const tags = ["imports"];
const params = z.object({ id: z.string() });

const upload = createRoute({
  ...permit("imports.create"),
  method: "post",
  path: "/api/imports",
  tags,
  summary: "Read a spreadsheet of people, planned work or involvements and preview it: nothing is written yet",
  description: [
    `CSV (UTF-8 with or without a byte-order mark, or Windows-1252; comma or semicolon, as the header line has it) or an Excel workbook (.xlsx: the first sheet, or \`sheet\` by name); up to ${maxImportBytes / 1024 / 1024} MB and ${maxImportRows.toLocaleString("en-GB")} data rows.`,
    'Columns are matched to fields by header (case, spaces and punctuation ignored; common synonyms such as E-mail, Start, Team name), or as `mapping` says: JSON text, {"Column header": "field" or null}.',
    "Dates as YYYY-MM-DD, DD/MM/YYYY, date cells or Excel serial numbers; money as £1,234.50 or a number (pounds); listed values by API value or label; several values in one cell separated by commas or semicolons.",
    "Every row is checked with the resource's create schema; references (team, lead, person, work item) by name, email, title or id. People match an existing person with the same email, or the same name when the row has no email (no postcode is kept); work items the same title and start date; involvements the same work item, person and role.",
    `The header is row 1 (a blank first row is 422 \`no_header\`); row numbers are the spreadsheet's, blank rows skipped but counted; column is the file's header. A people row without an email that matches two people or more by name is invalid (add the email), never matched to one at random. At most ${maxPreviewErrors.toLocaleString("en-GB")} errors are listed; every invalid row is in invalid.csv.`,
    "A lead imports only work items they lead (no Lead column needed: it is them), and involvement only on those. 422: not a spreadsheet, empty, too large, no header row, a mapping that does not fit, a required column missing.",
    "What the file said is kept 24 hours for a preview (then it expires: commit is 409 `preview_expired`) and, for the invalid rows, 7 days after a commit; `expiresAt` in the history says when.",
  ].join("\n\n"),
  request: { body: { required: true, content: { "multipart/form-data": { schema: importUpload } } } },
  responses: {
    201: json(importCreated, "Previewed: counts and errors; commit to write"),
    ...problemResponses(401, 403, 422),
  },
});

const list = createRoute({
  ...permit("imports.read"),
  method: "get",
  path: "/api/imports",
  tags,
  summary: "Imports, newest first: who, when, what, and what came of them (a lead sees their own)",
  request: { query: importListQuery },
  responses: { 200: json(pageOf(importSummary), "A page"), ...problemResponses(400, 401) },
});

const commit = createRoute({
  ...permit("imports.create"),
  method: "post",
  path: "/api/imports/{id}/commit",
  tags,
  summary: "Create the previewed import's records: all of its valid rows, or (on any failure) none",
  description:
    "Invalid rows are left out (see invalid.csv); matched rows are not created again. Every new row is checked again against the records as they are now (a work item handed to another lead, a person erased or a record deleted since the preview). 409: committed or undone already (`already_committed`, `already_undone`), the preview expired (`preview_expired`: a preview is kept 24 hours), or something changed since the preview (`changed_since_preview`); nothing is written then. Another user's import is 404.",
  request: { params },
  responses: {
    200: json(importCommitted, "Created"),
    ...problemResponses(401, 403, 404, 409),
  },
});

const invalidRows = createRoute({
  ...permit("imports.read"),
  method: "get",
  path: "/api/imports/{id}/invalid.csv",
  tags,
  summary: "The import's invalid rows as CSV, their own columns and an Error column, to fix and import again",
  description:
    "UTF-8 with BOM, RFC 4180 quoting; text cells starting with =, +, -, @ are prefixed with an apostrophe. The invalid rows are kept 24 hours for a preview and 7 days after a commit, then deleted: 410 `invalid_rows_expired` after that, or after an undo.",
  request: { params },
  responses: {
    200: { description: "The CSV file", content: { "text/csv": { schema: z.string() } } },
    ...problemResponses(401, 403, 404, 410),
  },
});

const undo = createRoute({
  ...permit("imports.delete"),
  method: "delete",
  path: "/api/imports/{id}",
  tags,
  summary: "Undo an import: remove exactly the records it created (a preview is set aside)",
  description:
    "409 `changed_since_import` when one of its records changed since (edited, or a row of any table now refers to it: an involvement on an imported person…), or `already_undone`; nothing is removed then. Undo also deletes the import's copy of the file.",
  request: { params },
  responses: { 204: { description: "Undone" }, ...problemResponses(401, 403, 404, 409) },
});

/** The mapping form field: JSON text of { "Column": "field" | null }. */
function parseMapping(text: string | undefined) {
  if (text === undefined || text.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid([{ path: "mapping", message: 'Send the mapping as JSON: {"Column header": "field" or null}' }]);
  }
  const parsed = importMapping.safeParse(value);
  if (!parsed.success)
    throw invalid(
      fieldErrors(parsed.error).map((e) => ({
        path: e.path === "(body)" ? "mapping" : `mapping.${e.path}`,
        message: 'Map each column header to a field name or null: {"Column header": "field" or null}',
      })),
    );
  return parsed.data;
}

/** Spreadsheet imports (ADR 018): preview, commit, the invalid rows, undo, and the history. */
export function importRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  // No scheduler: every import request first clears what expired imports still hold (one update).
  const expire = () => expireImportData(deps.db, deps.clock());

  app.openapi(upload, async (c) => {
    await expire();
    const form = c.req.valid("form");
    const created = await previewImport(deps.db, deps.clock(), whoIs(c, deps), c.get("user"), {
      kind: form.kind,
      fileName: form.file.name || "upload",
      bytes: new Uint8Array(await form.file.arrayBuffer()),
      sheet: form.sheet || undefined,
      mapping: parseMapping(form.mapping),
    });
    return c.json(created, 201);
  });

  app.openapi(list, async (c) => {
    await expire();
    return c.json(await listImports(deps.db, c.get("user"), c.req.valid("query")), 200);
  });

  app.openapi(commit, async (c) => {
    await expire();
    return c.json(
      await commitImport(deps.db, deps.clock(), whoIs(c, deps), c.get("user"), c.req.valid("param").id),
      200,
    );
  });

  app.openapi(invalidRows, async (c) => {
    await expire();
    const id = c.req.valid("param").id;
    const csv = await invalidRowsCsv(deps.db, deps.clock(), c.get("user"), id);
    // An export of what people typed (it may name them): recorded as every export is.
    await writeAudit(deps.db, deps.clock(), whoIs(c, deps), {
      action: "export",
      resource: "imports",
      recordId: id,
      detail: { file: "invalid.csv", rows: csv.rows },
    });
    return c.body(csv.text, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csv.fileName}"`,
    });
  });

  app.openapi(undo, async (c) => {
    await expire();
    await undoImport(deps.db, deps.clock(), whoIs(c, deps), c.get("user"), c.req.valid("param").id);
    return c.body(null, 204);
  });
}
