import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, desc, eq, gte, lte } from "drizzle-orm";
import { libraryEnquiries } from "../../db/schema";
import { startRangeErrors } from "../../shared/choices";
import { enquiriesByMonth, libraryEnquirySchemas } from "../../shared/schemas/library-enquiries";
import type { AppEnv, RequiredDeps } from "../deps";
import { badQuery } from "../problem";
import { registerResource } from "../resource";
import { enquiriesByMonthIn } from "../services/library-enquiries";
import { json, permit, problemResponses } from "./openapi-helpers";

const path = "/api/library-enquiries";
const tags = ["library enquiries"];

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
  app.openapi(byMonth, async (c) => c.json({ items: await enquiriesByMonthIn(deps.db) }, 200));

  registerResource(app, deps, {
    resource: "libraryEnquiries",
    path,
    tags,
    label: "The enquiry",
    what: "this enquiry",
    table: libraryEnquiries,
    schemas: libraryEnquirySchemas,
    summaries: {
      list: "The library enquiry log, newest first",
      read: "One enquiry",
      create: "Log an enquiry",
      update: "Change an enquiry (e.g. the date answered); send the version you last read",
      delete: "Delete an enquiry",
    },
    list: ({ requesterType, from, to }) => {
      const errors = startRangeErrors({ from, to });
      if (errors.length) throw badQuery(errors);
      return {
        where: and(
          requesterType ? eq(libraryEnquiries.requesterType, requesterType) : undefined,
          from ? gte(libraryEnquiries.receivedOn, from) : undefined,
          to ? lte(libraryEnquiries.receivedOn, to) : undefined,
        ),
        orderBy: [desc(libraryEnquiries.receivedOn), desc(libraryEnquiries.id)],
      };
    },
  });
}
