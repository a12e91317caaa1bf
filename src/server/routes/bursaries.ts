import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { calendarDate } from "../../shared/calendar-date";
import { canManageEvents, isEventKind } from "../../shared/permissions";
import {
  type Bursary,
  type BursaryStatus,
  bursary,
  bursaryInput,
  bursaryListQuery,
  bursaryPatch,
  bursaryStartStatuses,
  bursarySummary,
  bursaryTransitions,
} from "../../shared/schemas/bursary";
import { type FieldError, pageOf } from "../../shared/schemas/common";
import { patientVoice } from "../../shared/schemas/person";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import {
  type BursaryValues,
  bursarySummaryOf,
  deleteBursary,
  findBursary,
  insertBursary,
  listBursaries,
  updateBursary,
} from "../services/bursaries";
import { findPersonRow } from "../services/people";
import { findWorkItem } from "../services/work-items";
import { json, permit, problemResponses } from "./openapi-helpers";
import { existingWorkItem } from "./work-items";

const params = z.object({ id: z.string() });
const tags = ["bursaries"];
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const flow = "applied → offered → accepted → attended | no_show, or declined / withdrawn";

const routes = {
  list: createRoute({
    ...permit("bursaries.read"),
    method: "get",
    path: "/api/bursaries",
    tags,
    summary: "Bursaries, filtered by event, person or status",
    request: { query: bursaryListQuery },
    responses: { 200: json(pageOf(bursary), "A page of bursaries"), ...problemResponses(400, 401) },
  }),
  create: createRoute({
    ...permit("bursaries.create"),
    method: "post",
    path: "/api/bursaries",
    tags,
    summary: "Record a bursary for a patient, service user or carer (events, admin)",
    description: `Starts as applied (or offered). Status flow: ${flow}.`,
    request: { body: body(bursaryInput) },
    responses: { 201: json(bursary, "Created"), ...problemResponses(401, 403, 413, 422) },
  }),
  read: createRoute({
    ...permit("bursaries.read"),
    method: "get",
    path: "/api/bursaries/{id}",
    tags,
    summary: "One bursary, with the date of each status change",
    request: { params },
    responses: { 200: json(bursary, "The bursary"), ...problemResponses(401, 404) },
  }),
  patch: createRoute({
    ...permit("bursaries.update"),
    method: "patch",
    path: "/api/bursaries/{id}",
    tags,
    summary: "Move a bursary on or change its costs (events, admin); send the version you last read",
    description: `Only these moves are allowed: ${flow}. Anything else is 422 at status.`,
    request: { params, body: body(bursaryPatch) },
    responses: { 200: json(bursary, "Updated"), ...problemResponses(401, 403, 404, 409, 413, 422) },
  }),
  remove: createRoute({
    ...permit("bursaries.delete"),
    method: "delete",
    path: "/api/bursaries/{id}",
    tags,
    summary: "Delete a bursary recorded in error (events, admin)",
    request: { params },
    responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
  }),
  summary: createRoute({
    ...permit("bursaries.read"),
    method: "get",
    path: "/api/work-items/{id}/bursary-summary",
    tags,
    summary: "An event's bursary places used, funnel, spend against budget, and warnings",
    request: { params },
    responses: { 200: json(bursarySummary, "The summary"), ...problemResponses(401, 404) },
  }),
};

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

export function bursaryRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const mayManage = (user: AppEnv["Variables"]["user"]) => {
    if (!canManageEvents(user)) throw forbidden("Only the events team and admin manage bursaries.");
  };
  const existing = async (id: string) => {
    const found = z.uuid().safeParse(id).success ? await findBursary(deps.db, id) : null;
    if (!found) throw notFound("The bursary");
    return found;
  };
  const today = () => calendarDate(deps.clock());

  app.openapi(routes.list, async (c) => c.json(await listBursaries(deps.db, c.req.valid("query")), 200));

  app.openapi(routes.read, async (c) => c.json(await existing(c.req.valid("param").id), 200));

  app.openapi(routes.create, async (c) => {
    mayManage(c.get("user"));
    const { statusOn, ...input } = c.req.valid("json");
    const errors: FieldError[] = [];
    const item = await findWorkItem(deps.db, input.workItemId);
    if (!item || !isEventKind(item.kind)) errors.push({ path: "workItemId", message: "Choose a conference or event" });
    const person = await findPersonRow(deps.db, input.personId);
    if (!person) errors.push({ path: "personId", message: "Choose a person from the directory" });
    else if (!person.perspectives.some((p) => (patientVoice as readonly string[]).includes(p)))
      errors.push({ path: "personId", message: "Bursaries are for patients, service users and carers" });
    if (!bursaryStartStatuses.includes(input.status))
      errors.push({ path: "status", message: "A new bursary starts as applied or offered" });
    if (errors.length) throw invalid(errors);
    const values: BursaryValues = { ...input, statusHistory: [{ status: input.status, on: statusOn ?? today() }] };
    return c.json(await insertBursary(deps.db, values, deps.clock()), 201);
  });

  app.openapi(routes.patch, async (c) => {
    mayManage(c.get("user"));
    const { version, statusOn, ...changes } = c.req.valid("json");
    const current = await existing(c.req.valid("param").id);
    if (version !== current.version)
      throw new ApiError(409, "Conflict", "Someone else changed this bursary since you opened it.");
    const next = changes.status ?? current.status;
    const moveErrors = transitionError(current.status, next);
    if (moveErrors.length) throw invalid(moveErrors);
    const {
      id: _id,
      personName: _p,
      workItemTitle: _w,
      totalPence: _t,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      statusHistory,
      ...fields
    } = current;
    const merged = bursaryInput.safeParse({ ...fields, ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    const { statusOn: _ignored, ...values } = merged.data;
    const history: Bursary["statusHistory"] =
      next === current.status ? statusHistory : [...statusHistory, { status: next, on: statusOn ?? today() }];
    const updated = await updateBursary(
      deps.db,
      current.id,
      version,
      { ...values, statusHistory: history },
      deps.clock(),
    );
    if (!updated) throw new ApiError(409, "Conflict", "Someone else changed this bursary a moment ago.");
    return c.json(updated, 200);
  });

  app.openapi(routes.remove, async (c) => {
    mayManage(c.get("user"));
    const current = await existing(c.req.valid("param").id);
    await deleteBursary(deps.db, current.id);
    return c.body(null, 204);
  });

  app.openapi(routes.summary, async (c) => {
    const item = await existingWorkItem(deps, c.req.valid("param").id);
    if (!isEventKind(item.kind)) throw notFound("Bursaries (only conferences and events have them)");
    return c.json(await bursarySummaryOf(deps.db, item.id), 200);
  });
}
