import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { speakerDiversity, speakerDiversityQuery } from "../../shared/schemas/equality";
import type { AppEnv, RequiredDeps } from "../deps";
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

export function metricsRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(diversity, async (c) =>
    c.json(await speakerDiversityOf(deps.db, c.req.valid("query"), deps.suppressionThreshold), 200),
  );
}
