import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { attentionRules } from "../../shared/attention-rules";
import { calendarDate } from "../../shared/calendar-date";
import { attention } from "../../shared/schemas/attention";
import type { AppEnv, RequiredDeps } from "../deps";
import { attentionFor } from "../services/attention";
import { json, permit, problemResponses } from "./openapi-helpers";

const r = attentionRules;

const attentionRoute = createRoute({
  ...permit("attention.read"),
  method: "get",
  path: "/api/attention",
  tags: ["attention"],
  summary: "What needs the signed-in user's attention today, grouped, oldest first",
  description: [
    "Groups (a group with nothing in it is left out):",
    `undecided-soon — work with no involvement decision starting from today to ${r.undecidedWithinWeeks} weeks ahead (not cancelled);`,
    `unpaid — took part (the involvement's end date, else its start date, else its work item's end, else its start) more than ${r.unpaidAfterDays} days ago with a fee or expenses, payment neither paid nor declined;`,
    "overdue-actions — feedback actions open or in progress past their due date;",
    `not-told-back — feedback received more than ${r.toldBackAfterDays} days ago and not told back;`,
    `target-at-risk — conferences and events starting from today to ${r.targetWithinWeeks} weeks ahead without a patient voice confirmed on the agenda;`,
    `bursary-no-answer — bursaries still offered ${r.bursaryNoAnswerDays} days or more after the offer;`,
    "bursary-unpaid — attended bursaries with expenses claimed and not paid;",
    "retention-due and consent-withdrawn — admin only.",
    "A lead gets only the work they lead (and feedback whose action they own), and no bursary groups; events, managers and admin get all work.",
    "`href` is the app path where to act; `since` the day the entry became due or late; `total` counts every entry.",
  ].join(" "),
  responses: { 200: json(attention, "The groups"), ...problemResponses(401) },
});

export function attentionRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(attentionRoute, async (c) =>
    c.json(await attentionFor(deps.db, c.get("user"), calendarDate(deps.clock())), 200),
  );
}
