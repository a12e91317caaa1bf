import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { calendarDate } from "../../shared/calendar-date";
import { speakerDiversity, speakerDiversityQuery } from "../../shared/schemas/equality";
import { dashboard, dashboardCharts, dashboardQuery } from "../../shared/schemas/metrics";
import type { AppEnv, RequiredDeps } from "../deps";
import { dashboardOf } from "../services/dashboard";
import { dashboardChartsOf } from "../services/dashboard-charts";
import { speakerDiversityOf } from "../services/diversity";
import { json, problemResponses } from "./openapi-helpers";

const diversity = createRoute({
  method: "get",
  path: "/api/metrics/speaker-diversity",
  tags: ["metrics"],
  summary: "Speaker diversity for one event or for events starting in a period, beside Census 2021",
  description:
    "For each question, rows of { category, count, share, suppressed, benchmark }. Counts from 1 to threshold − 1 are suppressed (count and share null), and a second cell where the first could be worked out; across events, a category suppressed in any one event is suppressed in the total too. share and benchmark are fractions from 0 to 1.",
  request: { query: speakerDiversityQuery },
  responses: { 200: json(speakerDiversity, "The summary"), ...problemResponses(400, 401) },
});

const dashboardRoute = createRoute({
  method: "get",
  path: "/api/metrics/dashboard",
  tags: ["metrics"],
  summary: "Headline figures for a period (reporting year, quarter or range), team and kind, with the previous period",
  description:
    "Work is counted in a period by its start date; feedback and enquiries by the date received. Counts of people (bursaries) below the suppression threshold are null.",
  request: { query: dashboardQuery },
  responses: { 200: json(dashboard, "The figures"), ...problemResponses(400, 401) },
});

const chartsRoute = createRoute({
  method: "get",
  path: "/api/metrics/charts",
  tags: ["metrics"],
  summary: "The dashboard's charts as tables of numbers (what the table view and CSV show)",
  description: "Same filters as /api/metrics/dashboard. Counts of people use small-number suppression (null cells).",
  request: { query: dashboardQuery },
  responses: { 200: json(dashboardCharts, "The charts"), ...problemResponses(400, 401) },
});

export function metricsRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(chartsRoute, async (c) =>
    c.json(
      await dashboardChartsOf(deps.db, c.req.valid("query"), calendarDate(deps.clock()), deps.suppressionThreshold),
      200,
    ),
  );

  app.openapi(dashboardRoute, async (c) =>
    c.json(
      await dashboardOf(deps.db, c.req.valid("query"), calendarDate(deps.clock()), deps.suppressionThreshold),
      200,
    ),
  );

  app.openapi(diversity, async (c) =>
    c.json(await speakerDiversityOf(deps.db, c.req.valid("query"), deps.suppressionThreshold), 200),
  );
}
