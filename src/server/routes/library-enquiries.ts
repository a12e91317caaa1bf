import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { libraryEnquiries } from "../../db/schema";
import {
  enquiriesByMonth,
  type LibraryEnquiry,
  type LibraryEnquiryListQuery,
  libraryEnquiry,
  libraryEnquiryInput,
  libraryEnquiryListQuery,
  libraryEnquiryPatch,
} from "../../shared/schemas/library-enquiry";
import type { AppEnv, RequiredDeps } from "../deps";
import { registerResource, withOptions } from "../resource";
import { enquiriesByMonthIn } from "../services/library-enquiries";
import { json, permit, problemResponses } from "./openapi-helpers";

const path = "/api/library-enquiries";
const tags = ["library enquiries"];

const toEnquiry = (row: typeof libraryEnquiries.$inferSelect): LibraryEnquiry => ({
  ...row,
  requesterType: row.requesterType as LibraryEnquiry["requesterType"],
  channel: row.channel as LibraryEnquiry["channel"],
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const byMonth = createRoute({
  ...permit("libraryEnquiries.read"),
  method: "get",
  path: `${path}/by-month`,
  tags,
  summary: "Enquiries per month (counted in the database), and how many came from the public",
  responses: { 200: json(enquiriesByMonth, "Counts by month, oldest first"), ...problemResponses(401) },
});

export function libraryEnquiryRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  // Before the resource's /{id}, which would otherwise take "by-month" for an id.
  app.openapi(byMonth, async (c) => {
    return c.json({ items: await enquiriesByMonthIn(deps.db) }, 200);
  });

  registerResource(app, deps, {
    resource: "libraryEnquiries",
    path,
    tags,
    label: "The enquiry",
    what: "this enquiry",
    table: libraryEnquiries,
    schemas: {
      item: libraryEnquiry,
      input: libraryEnquiryInput,
      patch: libraryEnquiryPatch,
      query: libraryEnquiryListQuery,
    },
    summaries: {
      list: "The library enquiry log, newest first",
      read: "One enquiry",
      create: "Log an enquiry",
      update: "Change an enquiry (e.g. the date answered); send the version you last read",
      delete: "Delete an enquiry",
    },
    load: async (db, options) =>
      (await withOptions(db.select().from(libraryEnquiries).$dynamic(), options)).map(toEnquiry),
    list: {
      where: (query) => {
        const { requesterType, from, to } = query as LibraryEnquiryListQuery;
        const filters: SQL[] = [];
        if (requesterType) filters.push(eq(libraryEnquiries.requesterType, requesterType));
        if (from) filters.push(gte(libraryEnquiries.receivedOn, from));
        if (to) filters.push(lte(libraryEnquiries.receivedOn, to));
        return filters.length ? and(...filters) : undefined;
      },
      orderBy: [desc(libraryEnquiries.receivedOn), desc(libraryEnquiries.id)],
    },
    editable: ({ receivedOn, requesterType, topic, channel, answeredOn }) => ({
      receivedOn,
      requesterType,
      topic,
      channel,
      answeredOn,
    }),
  });
}
