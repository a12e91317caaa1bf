import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { calendarDate } from "../../shared/calendar-date";
import { auditEntry, auditQuery } from "../../shared/schemas/audit";
import { pageOf } from "../../shared/schemas/common";
import { exportRecord, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import {
  type ExportFormat,
  exportContent,
  exportFile,
  exportFormats,
  exportResponse,
  xlsxDescription,
} from "../export-response";
import { badQuery } from "../problem";
import { pageFrom } from "../resource";
import { auditOrder, auditRangeErrors, auditWhere, countAudit, exportAudit, loadAudit } from "../services/audit";
import { json, permit, problemResponses } from "./openapi-helpers";

export const auditTags = ["audit"];

const listAudit = createRoute({
  ...permit("audit.read"),
  method: "get",
  path: "/api/audit",
  tags: auditTags,
  summary: "The audit log, newest first (admin only)",
  description:
    'Every change (with each field before and after on an update), every read of one person\'s record, their involvements or equality answers, every export, every refusal (403) and every sign-in and sign-out. Special-category values are recorded as "changed"; an erased person\'s identifying values as "(erased)". The log is append-only: the database refuses to change or delete an entry.',
  request: { query: auditQuery },
  responses: { 200: json(pageOf(auditEntry), "A page of audit entries"), ...problemResponses(400, 401, 403) },
});

const exportSummaries: Record<ExportFormat, [string, string]> = {
  csv: [
    "The audit log as CSV, newest first, with the list's filters, every row (admin only)",
    "UTF-8 with BOM, RFC 4180 quoting; the export itself is recorded in the log.",
  ],
  xlsx: [
    "The audit log as an Excel workbook (XLSX), newest first, with the list's filters, every row (admin only)",
    `The CSV's columns and rows, "When" as an Excel date and time in UTC. ${xlsxDescription} The export itself is recorded in the log.`,
  ],
};

const exportAuditLog = (format: ExportFormat) =>
  createRoute({
    ...permit("audit.read"),
    method: "get",
    path: `/api/export/audit.${format}`,
    tags: auditTags,
    summary: exportSummaries[format][0],
    description: exportSummaries[format][1],
    request: { query: auditQuery.omit({ page: true, pageSize: true }) },
    responses: { 200: exportContent(format), ...problemResponses(400, 401, 403) },
  });

/** A value as one cell can show it. */
const shown = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value ?? null));

export function auditRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(listAudit, async (c) => {
    const query = c.req.valid("query");
    const errors = auditRangeErrors(query);
    if (errors.length) throw badQuery(errors);
    const { page, pageSize, limit, offset } = pageFrom(query);
    const where = auditWhere(query);
    const [items, total] = await Promise.all([
      loadAudit(deps.db, { where, orderBy: auditOrder, limit, offset }),
      countAudit(deps.db, where),
    ]);
    return c.json({ items, total, page, pageSize }, 200);
  });
  auditExportRoute(app, deps);
}

function auditExportRoute(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  for (const format of exportFormats)
    app.openapi(exportAuditLog(format), async (c) => {
      const query = c.req.valid("query");
      const errors = auditRangeErrors(query);
      if (errors.length) throw badQuery(errors);
      const who = whoIs(c, deps);
      const file = exportFile(
        `audit-log-${calendarDate(deps.clock())}`,
        "Audit log",
        exportAudit(deps.db, query),
        (column) => [
          column.timestamp("When", (entry) => entry.at),
          column.text("Who", (entry) => entry.actorName),
          column.text("Action", (entry) => entry.action),
          column.text("Resource", (entry) => entry.resource),
          column.text("Record", (entry) => entry.recordId),
          column.text("Person", (entry) => entry.subjectName),
          column.text("Address", (entry) => entry.address),
          column.text("Details", (entry) => (entry.detail ? JSON.stringify(entry.detail) : null)),
          column.text("Changes", (entry) =>
            entry.changes
              ?.map((change) => `${change.field}: ${shown(change.before)} → ${shown(change.after)}`)
              .join("; "),
          ),
        ],
      );
      return exportResponse(
        format,
        file,
        (rows, finished) =>
          writeAudit(deps.db, deps.clock(), who, exportRecord("audit", `audit.${format}`, query, rows, finished)),
        deps.clock(),
      );
    });
}
