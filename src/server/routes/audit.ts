import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { calendarDate } from "../../shared/calendar-date";
import { auditEntry, auditQuery } from "../../shared/schemas/audit";
import { pageOf } from "../../shared/schemas/common";
import { exportRecord, whoIs, writeAudit } from "../audit";
import { csvResponse } from "../csv-response";
import type { AppEnv, RequiredDeps } from "../deps";
import { pageFrom } from "../resource";
import { auditOrder, auditWhere, countAudit, exportAudit, loadAudit } from "../services/audit";
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

const exportAuditLog = createRoute({
  ...permit("audit.read"),
  method: "get",
  path: "/api/export/audit.csv",
  tags: auditTags,
  summary: "The audit log as CSV, newest first, with the list's filters, every row (admin only)",
  description: "UTF-8 with BOM, RFC 4180 quoting; the export itself is recorded in the log.",
  request: { query: auditQuery.omit({ page: true, pageSize: true }) },
  responses: {
    200: { description: "The CSV file", content: { "text/csv": { schema: z.string() } } },
    ...problemResponses(400, 401, 403),
  },
});

/** A value as one cell can show it. */
const shown = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value ?? null));

export function auditRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(listAudit, async (c) => {
    const query = c.req.valid("query");
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
  app.openapi(exportAuditLog, async (c) => {
    const query = c.req.valid("query");
    const who = whoIs(c, deps);
    const file = `audit-log-${calendarDate(deps.clock())}.csv`;
    return csvResponse(
      file,
      ["When", "Who", "Action", "Resource", "Record", "Person", "Address", "Details", "Changes"],
      exportAudit(deps.db, query),
      (entry) => [
        entry.at,
        entry.actorName,
        entry.action,
        entry.resource,
        entry.recordId,
        entry.subjectName,
        entry.address,
        entry.detail ? JSON.stringify(entry.detail) : null,
        entry.changes?.map((change) => `${change.field}: ${shown(change.before)} → ${shown(change.after)}`).join("; "),
      ],
      (rows, finished) =>
        writeAudit(deps.db, deps.clock(), who, exportRecord("audit", "audit.csv", query, rows, finished)),
    );
  });
}
