import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { calendarDate } from "../../shared/calendar-date";
import { canWorkItem } from "../../shared/permissions";
import { pageOf } from "../../shared/schemas/common";
import {
  startRangeErrors,
  workItem,
  workItemFieldsOf,
  workItemInput,
  workItemListQuery,
  workItemPatch,
} from "../../shared/schemas/work-item";
import type { AppDeps, AppEnv, RequiredDeps } from "../deps";
import { ApiError, badQuery, fieldErrors, forbidden, invalid, notFound } from "../problem";
import {
  deleteWorkItem,
  findWorkItem,
  insertWorkItem,
  listWorkItems,
  missingReferences,
  updateWorkItem,
} from "../services/work-items";
import { json, permit, problemResponses } from "./openapi-helpers";

const idParams = z.object({ id: z.string() });
const tags = ["work items"];

const list = createRoute({
  ...permit("workItems.read"),
  method: "get",
  path: "/api/work-items",
  tags,
  summary: "List work items: filtered, sorted and paged in the database",
  request: { query: workItemListQuery },
  responses: { 200: json(pageOf(workItem), "A page of work items"), ...problemResponses(400, 401) },
});

const create = createRoute({
  ...permit("workItems.create"),
  method: "post",
  path: "/api/work-items",
  tags,
  summary: "Create a work item",
  request: { body: { required: true, content: { "application/json": { schema: workItemInput } } } },
  responses: { 201: json(workItem, "Created"), ...problemResponses(401, 403, 413, 422) },
});

const read = createRoute({
  ...permit("workItems.read"),
  method: "get",
  path: "/api/work-items/{id}",
  tags,
  summary: "One work item",
  request: { params: idParams },
  responses: { 200: json(workItem, "The work item"), ...problemResponses(401, 404) },
});

const patch = createRoute({
  ...permit("workItems.update"),
  method: "patch",
  path: "/api/work-items/{id}",
  tags,
  summary: "Change some fields of a work item; send the version you last read",
  request: { params: idParams, body: { required: true, content: { "application/json": { schema: workItemPatch } } } },
  responses: { 200: json(workItem, "Updated (version + 1)"), ...problemResponses(401, 403, 404, 409, 413, 422) },
});

const remove = createRoute({
  ...permit("workItems.delete"),
  method: "delete",
  path: "/api/work-items/{id}",
  tags,
  summary: "Delete a work item",
  request: { params: idParams },
  responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export async function existingWorkItem(deps: AppDeps, id: string) {
  const item = isUuid(id) ? await findWorkItem(deps.db, id) : null;
  if (!item) throw notFound("The work item");
  return item;
}

export function workItemRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(list, async (c) => {
    const query = c.req.valid("query");
    const errors = startRangeErrors(query);
    if (errors.length) throw badQuery(errors);
    return c.json(await listWorkItems(deps.db, query, calendarDate(deps.clock())), 200);
  });

  app.openapi(read, async (c) => c.json(await existingWorkItem(deps, c.req.valid("param").id), 200));

  app.openapi(create, async (c) => {
    const input = c.req.valid("json");
    const user = c.get("user");
    if (!canWorkItem(user, "create", input)) throw forbidden(`Your role cannot create ${input.kind} items.`);
    const missing = await missingReferences(deps.db, input);
    if (missing.length) throw invalid(missing);
    return c.json(await insertWorkItem(deps.db, input, deps.clock()), 201);
  });

  app.openapi(patch, async (c) => {
    const { version, ...changes } = c.req.valid("json");
    const user = c.get("user");
    const current = await existingWorkItem(deps, c.req.valid("param").id);
    if (!canWorkItem(user, "update", current)) throw forbidden("Your role cannot change this work item.");
    if (version !== current.version) throw stale(current.version);
    // The whole resulting item must be valid: a PATCH cannot leave it broken.
    const merged = workItemInput.safeParse({ ...workItemFieldsOf(current), ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    if (!canWorkItem(user, "update", current, merged.data)) {
      throw forbidden("Your role cannot turn this item into that kind of work.");
    }
    const missing = await missingReferences(deps.db, merged.data);
    if (missing.length) throw invalid(missing);
    const updated = await updateWorkItem(deps.db, current.id, version, merged.data, deps.clock());
    if (!updated) throw stale(version);
    return c.json(updated, 200);
  });

  app.openapi(remove, async (c) => {
    const current = await existingWorkItem(deps, c.req.valid("param").id);
    if (!canWorkItem(c.get("user"), "delete", current)) throw forbidden("Your role cannot delete this work item.");
    await deleteWorkItem(deps.db, current.id);
    return c.body(null, 204);
  });
}

function stale(current: number) {
  return new ApiError(
    409,
    "Conflict",
    `Someone else changed this work item since you opened it (it is now at version ${current}). Reload to see their changes.`,
  );
}
