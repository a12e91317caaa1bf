import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { calendarDate } from "../../shared/calendar-date";
import { startRangeErrors } from "../../shared/choices";
import { canReviewRetention, canSeePersonalDetails } from "../../shared/permissions";
import { speakerDiversity, speakerDiversityQuery } from "../../shared/schemas/equality";
import { dashboard, dashboardCharts, dashboardQuery } from "../../shared/schemas/metrics";
import type { PublicationRule } from "../../shared/suppression";
import type { AppEnv, RequiredDeps } from "../deps";
import { badQuery } from "../problem";
import { dashboardOf } from "../services/dashboard";
import { dashboardChartsOf } from "../services/dashboard-charts";
import { speakerDiversityOf } from "../services/diversity";
import { retentionDueCount } from "../services/people";
import { json, permit, problemResponses } from "./openapi-helpers";

const diversity = createRoute({
  ...permit("metrics.read"),
  method: "get",
  path: "/api/metrics/speaker-diversity",
  tags: ["metrics"],
  summary: "Speaker diversity for one event or for events starting in a period, beside Census 2021",
  description:
    "For each question, rows of { category, count, share, suppressed, benchmark }, filtered like the dashboard (period, teamId, kind) or for one event (workItemId). Counts from 1 to threshold − 1 are suppressed (count and share null); every other count, and the totals, are rounded to the nearest roundingBase (rounded: true), and shares are the rounded counts over the rounded number who answered the question. Events with fewer answered speakers than the threshold give no breakdown: their speakers are counted only in smallEvents. With roundingBase 1 nothing is rounded and secondary suppression protects instead. share and benchmark are fractions from 0 to 1.",
  request: { query: speakerDiversityQuery },
  responses: { 200: json(speakerDiversity, "The summary"), ...problemResponses(400, 401) },
});

const dashboardRoute = createRoute({
  ...permit("metrics.read"),
  method: "get",
  path: "/api/metrics/dashboard",
  tags: ["metrics"],
  summary: "Headline figures for a period (reporting year, quarter or range), team and kind, with the previous period",
  description:
    "Work is counted in a period by its start date; feedback and enquiries by the date received. Every figure is exact (none is made from equality-monitoring answers). For the manager role, bursary spend leaves out care costs (a named person's care tells their care needs), as an event's bursary summary does. Dates run from 1900 to 2100; a missing end of a custom range is filled in on its own side of the other. Admin also gets `retentionDue`: how many people are due a retention review today.",
  request: { query: dashboardQuery },
  responses: { 200: json(dashboard, "The figures"), ...problemResponses(400, 401) },
});

const chartsRoute = createRoute({
  ...permit("metrics.read"),
  method: "get",
  path: "/api/metrics/charts",
  tags: ["metrics"],
  summary: "The dashboard's charts as tables of numbers (what the table view and CSV show)",
  description:
    "Same filters as /api/metrics/dashboard. Ordinary counts are exact; only the speaker-diversity chart, made from equality-monitoring answers, is rounded with small counts suppressed (null cells).",
  request: { query: dashboardQuery },
  responses: { 200: json(dashboardCharts, "The charts"), ...problemResponses(400, 401) },
});

const publicationRule = (deps: RequiredDeps): PublicationRule => ({
  threshold: deps.suppressionThreshold,
  base: deps.roundingBase,
});

export function metricsRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(chartsRoute, async (c) =>
    c.json(
      await dashboardChartsOf(deps.db, c.req.valid("query"), calendarDate(deps.clock()), publicationRule(deps)),
      200,
    ),
  );

  app.openapi(dashboardRoute, async (c) => {
    const today = calendarDate(deps.clock());
    const figures = await dashboardOf(deps.db, c.req.valid("query"), today, canSeePersonalDetails(c.get("user")));
    // The data steward's to-do: how many people are due a retention review.
    if (!canReviewRetention(c.get("user"))) return c.json(figures, 200);
    return c.json({ ...figures, retentionDue: await retentionDueCount(deps.db, today) }, 200);
  });

  app.openapi(diversity, async (c) => {
    const query = c.req.valid("query");
    const errors = startRangeErrors(query);
    if (errors.length) throw badQuery(errors);
    return c.json(await speakerDiversityOf(deps.db, query, publicationRule(deps)), 200);
  });
}
