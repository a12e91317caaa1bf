import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, count, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { libraryEnquiries } from "../../db/schema";
import { canEditPeople } from "../../shared/permissions";
import { pageOf } from "../../shared/schemas/common";
import {
  enquiriesByMonth,
  type LibraryEnquiry,
  libraryEnquiry,
  libraryEnquiryInput,
  libraryEnquiryListQuery,
  libraryEnquiryPatch,
} from "../../shared/schemas/library-enquiry";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["library enquiries"];
const path = "/api/library-enquiries";
type Row = typeof libraryEnquiries.$inferSelect;

const toEnquiry = (row: Row): LibraryEnquiry => ({
  id: row.id,
  receivedOn: row.receivedOn,
  requesterType: row.requesterType as LibraryEnquiry["requesterType"],
  topic: row.topic,
  channel: row.channel as LibraryEnquiry["channel"],
  answeredOn: row.answeredOn,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const routes = {
  list: createRoute({
    ...permit("libraryEnquiries.read"),
    method: "get",
    path,
    tags,
    summary: "The library enquiry log, newest first",
    request: { query: libraryEnquiryListQuery },
    responses: { 200: json(pageOf(libraryEnquiry), "A page of enquiries"), ...problemResponses(400, 401) },
  }),
  byMonth: createRoute({
    ...permit("libraryEnquiries.read"),
    method: "get",
    path: `${path}/by-month`,
    tags,
    summary: "Enquiries per month (counted in the database), and how many came from the public",
    responses: { 200: json(enquiriesByMonth, "Counts by month, oldest first"), ...problemResponses(401) },
  }),
  create: createRoute({
    ...permit("libraryEnquiries.create"),
    method: "post",
    path,
    tags,
    summary: "Log an enquiry",
    request: { body: { required: true, content: { "application/json": { schema: libraryEnquiryInput } } } },
    responses: { 201: json(libraryEnquiry, "Created"), ...problemResponses(401, 403, 413, 422) },
  }),
  read: createRoute({
    ...permit("libraryEnquiries.read"),
    method: "get",
    path: `${path}/{id}`,
    tags,
    summary: "One enquiry",
    request: { params },
    responses: { 200: json(libraryEnquiry, "The enquiry"), ...problemResponses(401, 404) },
  }),
  patch: createRoute({
    ...permit("libraryEnquiries.update"),
    method: "patch",
    path: `${path}/{id}`,
    tags,
    summary: "Change an enquiry (e.g. the date answered); send the version you last read",
    request: {
      params,
      body: { required: true, content: { "application/json": { schema: libraryEnquiryPatch } } },
    },
    responses: { 200: json(libraryEnquiry, "Updated"), ...problemResponses(401, 403, 404, 409, 413, 422) },
  }),
  remove: createRoute({
    ...permit("libraryEnquiries.delete"),
    method: "delete",
    path: `${path}/{id}`,
    tags,
    summary: "Delete an enquiry",
    request: { params },
    responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
  }),
};

const publicRequesters = ["patient", "carer", "public"];

export function libraryEnquiryRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const mayEdit = (user: AppEnv["Variables"]["user"]) => {
    if (!canEditPeople(user)) throw forbidden("Your role can read the enquiry log but not change it.");
  };
  const existing = async (id: string) => {
    const [row] = z.uuid().safeParse(id).success
      ? await deps.db.select().from(libraryEnquiries).where(eq(libraryEnquiries.id, id))
      : [];
    if (!row) throw notFound("The enquiry");
    return row;
  };

  app.openapi(routes.list, async (c) => {
    const query = c.req.valid("query");
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const filters: SQL[] = [];
    if (query.requesterType) filters.push(eq(libraryEnquiries.requesterType, query.requesterType));
    if (query.from) filters.push(gte(libraryEnquiries.receivedOn, query.from));
    if (query.to) filters.push(lte(libraryEnquiries.receivedOn, query.to));
    const where = filters.length ? and(...filters) : undefined;
    const [rows, [totals]] = await Promise.all([
      deps.db
        .select()
        .from(libraryEnquiries)
        .where(where)
        .orderBy(desc(libraryEnquiries.receivedOn), desc(libraryEnquiries.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      deps.db.select({ total: count() }).from(libraryEnquiries).where(where),
    ]);
    return c.json({ items: rows.map(toEnquiry), total: totals?.total ?? 0, page, pageSize }, 200);
  });

  app.openapi(routes.byMonth, async (c) => {
    const month = sql<string>`to_char(${libraryEnquiries.receivedOn}, 'YYYY-MM')`;
    const rows = await deps.db
      .select({
        month,
        total: count(),
        fromPublic:
          sql<number>`count(*) filter (where ${inArray(libraryEnquiries.requesterType, publicRequesters)})`.mapWith(
            Number,
          ),
      })
      .from(libraryEnquiries)
      .groupBy(month)
      .orderBy(month);
    return c.json({ items: rows }, 200);
  });

  app.openapi(routes.read, async (c) => c.json(toEnquiry(await existing(c.req.valid("param").id)), 200));

  app.openapi(routes.create, async (c) => {
    mayEdit(c.get("user"));
    const now = deps.clock();
    const [row] = await deps.db
      .insert(libraryEnquiries)
      .values({ ...c.req.valid("json"), version: 1, createdAt: now, updatedAt: now })
      .returning();
    return c.json(toEnquiry(row as Row), 201);
  });

  app.openapi(routes.patch, async (c) => {
    mayEdit(c.get("user"));
    const { version, ...changes } = c.req.valid("json");
    const row = await existing(c.req.valid("param").id);
    if (version !== row.version)
      throw new ApiError(409, "Conflict", "Someone else changed this enquiry since you opened it.");
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...current } = toEnquiry(row);
    const merged = libraryEnquiryInput.safeParse({ ...current, ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    const [updated] = await deps.db
      .update(libraryEnquiries)
      .set({ ...merged.data, version: version + 1, updatedAt: deps.clock() })
      .where(and(eq(libraryEnquiries.id, row.id), eq(libraryEnquiries.version, version)))
      .returning();
    if (!updated) throw new ApiError(409, "Conflict", "Someone else changed this enquiry a moment ago.");
    return c.json(toEnquiry(updated), 200);
  });

  app.openapi(routes.remove, async (c) => {
    mayEdit(c.get("user"));
    const row = await existing(c.req.valid("param").id);
    await deps.db.delete(libraryEnquiries).where(eq(libraryEnquiries.id, row.id));
    return c.body(null, 204);
  });
}
