import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { canWorkItem } from "../../shared/permissions";
import { pageOf } from "../../shared/schemas/common";
import {
  type Involvement,
  involvement,
  involvementInput,
  involvementListQuery,
  involvementPatch,
} from "../../shared/schemas/involvement";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import { findSession } from "../services/agenda";
import {
  deleteInvolvement,
  findInvolvement,
  insertInvolvement,
  listInvolvements,
  updateInvolvement,
} from "../services/involvements";
import { findPersonRow } from "../services/people";
import { findWorkItem } from "../services/work-items";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["involvements"];

const list = createRoute({
  ...permit("involvements.read"),
  method: "get",
  path: "/api/involvements",
  tags,
  summary: "Involvements, filtered by work item, person, status or role",
  request: { query: involvementListQuery },
  responses: { 200: json(pageOf(involvement), "A page of involvements"), ...problemResponses(400, 401) },
});
const create = createRoute({
  ...permit("involvements.create"),
  method: "post",
  path: "/api/involvements",
  tags,
  summary: "Add a person to a work item",
  request: { body: { required: true, content: { "application/json": { schema: involvementInput } } } },
  responses: { 201: json(involvement, "Created"), ...problemResponses(401, 403, 413, 422) },
});
const read = createRoute({
  ...permit("involvements.read"),
  method: "get",
  path: "/api/involvements/{id}",
  tags,
  summary: "One involvement",
  request: { params },
  responses: { 200: json(involvement, "The involvement"), ...problemResponses(401, 404) },
});
const patch = createRoute({
  ...permit("involvements.update"),
  method: "patch",
  path: "/api/involvements/{id}",
  tags,
  summary: "Change an involvement; send the version you last read",
  request: { params, body: { required: true, content: { "application/json": { schema: involvementPatch } } } },
  responses: { 200: json(involvement, "Updated (version + 1)"), ...problemResponses(401, 403, 404, 409, 413, 422) },
});
const remove = createRoute({
  ...permit("involvements.delete"),
  method: "delete",
  path: "/api/involvements/{id}",
  tags,
  summary: "Remove an involvement",
  request: { params },
  responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

function fieldsOf(item: Involvement) {
  const {
    id: _id,
    personName: _name,
    workItemTitle: _title,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = item;
  return fields;
}

export function involvementRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  /** Involvement is managed by whoever may change the work item. */
  const mayManage = async (user: AppEnv["Variables"]["user"], workItemId: string) => {
    const item = await findWorkItem(deps.db, workItemId);
    if (!item) return "missing" as const;
    if (!canWorkItem(user, "update", item)) throw forbidden("Your role cannot manage involvement on this work item.");
    return "ok" as const;
  };
  /** A speaker's session must be on the same work item's agenda. */
  const sessionErrors = async (sessionId: string | null, workItemId: string) => {
    if (!sessionId) return [];
    const session = await findSession(deps.db, sessionId);
    return session?.workItemId === workItemId
      ? []
      : [{ path: "sessionId", message: "Choose a session on this work item's agenda" }];
  };
  const existing = async (id: string) => {
    const found = isUuid(id) ? await findInvolvement(deps.db, id) : null;
    if (!found) throw notFound("The involvement");
    return found;
  };

  app.openapi(list, async (c) => c.json(await listInvolvements(deps.db, c.req.valid("query")), 200));

  app.openapi(read, async (c) => c.json(await existing(c.req.valid("param").id), 200));

  app.openapi(create, async (c) => {
    const input = c.req.valid("json");
    const errors = [];
    if ((await mayManage(c.get("user"), input.workItemId)) === "missing") {
      errors.push({ path: "workItemId", message: "Choose a work item that exists" });
    }
    if (!(await findPersonRow(deps.db, input.personId))) {
      errors.push({ path: "personId", message: "Choose a person from the directory" });
    }
    errors.push(...(await sessionErrors(input.sessionId, input.workItemId)));
    if (errors.length) throw invalid(errors);
    return c.json(await insertInvolvement(deps.db, input, deps.clock()), 201);
  });

  app.openapi(patch, async (c) => {
    const { version, ...changes } = c.req.valid("json");
    const current = await existing(c.req.valid("param").id);
    await mayManage(c.get("user"), current.workItemId);
    if (version !== current.version) {
      throw new ApiError(
        409,
        "Conflict",
        "Someone else changed this involvement since you opened it. Reload to see their changes.",
      );
    }
    // The whole result must be valid: becoming confirmed needs the brief.
    const merged = involvementInput.safeParse({ ...fieldsOf(current), ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    const wrongSession = await sessionErrors(merged.data.sessionId, current.workItemId);
    if (wrongSession.length) throw invalid(wrongSession);
    const updated = await updateInvolvement(deps.db, current.id, version, merged.data, deps.clock());
    if (!updated) throw new ApiError(409, "Conflict", "Someone else changed this involvement a moment ago.");
    return c.json(updated, 200);
  });

  app.openapi(remove, async (c) => {
    const current = await existing(c.req.valid("param").id);
    await mayManage(c.get("user"), current.workItemId);
    await deleteInvolvement(deps.db, current.id);
    return c.body(null, 204);
  });
}
