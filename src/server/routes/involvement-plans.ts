import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { canWorkItem } from "../../shared/permissions";
import { involvementPlan, involvementPlanPut } from "../../shared/schemas/involvement-plans";
import { updateRecord, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, forbidden, invalid } from "../problem";
import { findPlan, insertPlan, replacePlan } from "../services/involvement-plans";
import { json, permit, problemResponses } from "./openapi-helpers";
import { existingWorkItem } from "./work-items";

const params = z.object({ id: z.string() });
const tags = ["involvement plans"];

const read = createRoute({
  ...permit("involvementPlans.read"),
  method: "get",
  path: "/api/work-items/{id}/plan",
  tags,
  summary: "The involvement decision of a work item (404 while undecided)",
  request: { params },
  responses: { 200: json(involvementPlan, "The decision"), ...problemResponses(401, 404) },
});

const put = createRoute({
  ...permit("involvementPlans.update"),
  method: "put",
  path: "/api/work-items/{id}/plan",
  tags,
  summary: "Record the involvement decision; replacing one needs the version last read",
  request: { params, body: { required: true, content: { "application/json": { schema: involvementPlanPut } } } },
  responses: {
    200: json(involvementPlan, "Replaced (version + 1)"),
    201: json(involvementPlan, "Recorded for the first time"),
    ...problemResponses(401, 403, 404, 409, 413, 422),
  },
});

// The same code as every other stale write, so a client handles them all alike.
const conflict = () =>
  new ApiError(
    409,
    "Conflict",
    "Someone else changed this involvement decision since you opened it. Reload to see their changes.",
    undefined,
    { code: "stale_version" },
  );

export function involvementPlanRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(read, async (c) => {
    const item = await existingWorkItem(deps, c.req.valid("param").id);
    const plan = await findPlan(deps.db, item.id);
    if (!plan)
      throw new ApiError(404, "Not found", "No involvement decision has been recorded for this work item yet.");
    return c.json(plan, 200);
  });

  app.openapi(put, async (c) => {
    const item = await existingWorkItem(deps, c.req.valid("param").id);
    const user = c.get("user");
    if (!canWorkItem(user, "update", item)) throw forbidden("Your role cannot record the decision for this work item.");
    const { version, ...input } = c.req.valid("json");
    const current = await findPlan(deps.db, item.id);
    // The decision is one record per work item: the audit names it by the work item's id.
    const base = { resource: "involvement-plans", recordId: item.id };
    if (!current) {
      const created = await deps.db.transaction(async (tx) => {
        const plan = await insertPlan(tx, item.id, input, user.id, deps.clock());
        if (plan) await writeAudit(tx, deps.clock(), whoIs(c, deps), { ...base, action: "create" });
        return plan;
      });
      if (!created) throw conflict(); // recorded by someone else a moment ago
      return c.json(created, 201);
    }
    if (version === undefined) {
      throw invalid([{ path: "version", message: "Send the version you last read to replace the decision" }]);
    }
    if (version !== current.version) throw conflict();
    const replaced = await deps.db.transaction(async (tx) => {
      const plan = await replacePlan(tx, item.id, version, input, user.id, deps.clock());
      if (plan) await writeAudit(tx, deps.clock(), whoIs(c, deps), updateRecord(base, current, plan));
      return plan;
    });
    if (!replaced) throw conflict();
    return c.json(replaced, 200);
  });
}
