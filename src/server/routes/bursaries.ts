import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { bursaries } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { canSeePersonalDetails, isEventKind } from "../../shared/permissions";
import {
  type Bursary,
  type BursaryStatus,
  bursarySchemas,
  bursaryStartStatuses,
  bursarySummary,
  bursaryTransitions,
} from "../../shared/schemas/bursaries";
import type { FieldError } from "../../shared/schemas/common";
import { patientVoice } from "../../shared/schemas/people";
import type { AppEnv, RequiredDeps } from "../deps";
import { invalid, notFound } from "../problem";
import { registerResource } from "../resource";
import { bursaryListOrder, bursaryListWhere, bursarySummaryOf, loadBursaries } from "../services/bursaries";
import { findPersonRow } from "../services/people";
import { findWorkItem } from "../services/work-items";
import { json, permit, problemResponses } from "./openapi-helpers";
import { existingWorkItem } from "./work-items";

const tags = ["bursaries"];
const flow = "applied → offered → accepted → attended | no_show, or declined / withdrawn";
const careRestricted =
  "For the manager role, carePence and totalPence (which includes care) are left out (the keys are absent): a named person's care costs tell their care needs (ADR 007). Ticket value, travel and accommodation stay.";

const summary = createRoute({
  ...permit("bursaries.read"),
  method: "get",
  path: "/api/work-items/{id}/bursary-summary",
  tags,
  summary: "An event's bursary places used, funnel, spend against budget, and warnings",
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(bursarySummary, "The summary"), ...problemResponses(401, 404) },
});

const statusLabel = (status: string) => status.replace(/_/g, " ");

function transitionError(from: BursaryStatus, to: BursaryStatus): FieldError[] {
  if (from === to || bursaryTransitions[from].includes(to)) return [];
  const allowed = bursaryTransitions[from];
  return [
    {
      path: "status",
      message: allowed.length
        ? `A bursary that is ${statusLabel(from)} can move only to ${allowed.map(statusLabel).join(", ")}`
        : `A bursary that is ${statusLabel(from)} is closed and cannot change status`,
    },
  ];
}

/** Bursaries for patients, service users and carers at conferences and events; each status change dated. */
export function bursaryRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const today = () => calendarDate(deps.clock());

  registerResource(app, deps, {
    resource: "bursaries",
    path: "/api/bursaries",
    // Care costs say something of a person's health: never their values in the audit. A bursary is
    // part of one person's record: reading one, or one person's list, is recorded (as involvements).
    audit: { special: ["carePence"], reads: true, listSubject: (query) => query.personId },
    tags,
    label: "The bursary",
    what: "this bursary",
    table: bursaries,
    schemas: bursarySchemas,
    summaries: {
      list: "Bursaries, filtered by event, person or status",
      read: "One bursary, with the date of each status change",
      create: "Record a bursary for a patient, service user or carer (events, admin)",
      update: "Move a bursary on or change its costs (events, admin); send the version you last read",
      delete: "Delete a bursary recorded in error (events, admin)",
    },
    descriptions: {
      list: careRestricted,
      read: careRestricted,
      create: `Starts as applied (or offered). Status flow: ${flow}.`,
      update: `Only these moves are allowed: ${flow}. Anything else is 422 at status.`,
    },
    load: (db, options, user) => loadBursaries(db, options, canSeePersonalDetails(user)),
    list: (query) => ({ where: bursaryListWhere(query), orderBy: bursaryListOrder }),
    // A move that is not allowed is refused before the rest is checked, as the status is what was asked.
    merge: (current, changes) => {
      const moveErrors = transitionError(
        current.status,
        (changes.status as BursaryStatus | undefined) ?? current.status,
      );
      if (moveErrors.length) throw invalid(moveErrors);
      return { ...current, ...changes };
    },
    check: async (input, db, current) => {
      if (current) return;
      const errors: FieldError[] = [];
      const item = await findWorkItem(db, input.workItemId);
      if (!item || !isEventKind(item.kind))
        errors.push({ path: "workItemId", message: "Choose a conference or event" });
      const person = await findPersonRow(db, input.personId);
      if (!person) errors.push({ path: "personId", message: "Choose a person from the directory" });
      else if (!person.perspectives.some((p) => (patientVoice as readonly string[]).includes(p)))
        errors.push({ path: "personId", message: "Bursaries are for patients, service users and carers" });
      if (!bursaryStartStatuses.includes(input.status))
        errors.push({ path: "status", message: "A new bursary starts as applied or offered" });
      if (errors.length) throw invalid(errors);
    },
    // Each status the bursary reaches is kept with its date (the day given, or today).
    toRow: ({ statusOn, ...values }, current) => {
      const reached = { status: values.status, on: statusOn ?? today() };
      const history: Bursary["statusHistory"] = !current
        ? [reached]
        : values.status === current.status
          ? current.statusHistory
          : [...current.statusHistory, reached];
      return { ...values, statusHistory: history };
    },
  });

  app.openapi(summary, async (c) => {
    const item = await existingWorkItem(deps, c.req.valid("param").id);
    if (!isEventKind(item.kind)) throw notFound("Bursaries (only conferences and events have them)");
    return c.json(await bursarySummaryOf(deps.db, item.id, canSeePersonalDetails(c.get("user"))), 200);
  });
}
