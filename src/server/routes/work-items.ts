import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { workItems } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { canWorkItem } from "../../shared/permissions";
import { startRangeErrors, type WorkItem, workItemBudget, workItemSchemas } from "../../shared/schemas/work-items";
import type { AppDeps, AppEnv, RequiredDeps } from "../deps";
import { badQuery, forbidden, invalid, notFound } from "../problem";
import { isUuid, registerResource } from "../resource";
import { budgetOf } from "../services/budget";
import {
  countWorkItems,
  findWorkItem,
  loadWorkItems,
  missingReferences,
  workItemListShape,
} from "../services/work-items";
import { json, permit, problemResponses } from "./openapi-helpers";

/** A work item by id for the routes below it (its plan, agenda, bursaries), or 404. */
export async function existingWorkItem(deps: AppDeps, id: string): Promise<WorkItem> {
  const item = isUuid(id) ? await findWorkItem(deps.db, id) : null;
  if (!item) throw notFound("The work item");
  return item;
}

const budgetRoute = createRoute({
  ...permit("workItems.read"),
  method: "get",
  path: "/api/work-items/{id}/budget",
  tags: ["work items"],
  summary: "The item's involvement budget against what is committed and paid (in pence)",
  description:
    "committed: fees and expenses of confirmed and took-part involvements whose payment is not declined; paid: the part of committed marked paid; remaining: budget − committed (negative when over). The budget is the involvement decision's (involvement_plans.budget_pence): undecided or with no budget set, budgetSet is false and the budget counts as 0 (so remainingPence is −committed), and the four figures still add up.",
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(workItemBudget, "The budget and commitments"), ...problemResponses(401, 404) },
});

const refusals = {
  update: "Your role cannot change this work item.",
  delete: "Your role cannot delete this work item.",
};

/** Planned work: a lead changes their own items, the events team conferences and events, admin anything. */
export function workItemRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  // Readable by whoever may read the item (the same permission).
  app.openapi(budgetRoute, async (c) => {
    const item = await existingWorkItem(deps, c.req.valid("param").id);
    const budget = await budgetOf(deps.db, item.id);
    if (!budget) throw notFound("The work item");
    return c.json(budget, 200);
  });

  registerResource(app, deps, {
    resource: "workItems",
    path: "/api/work-items",
    tags: ["work items"],
    label: "The work item",
    what: "this work item",
    table: workItems,
    schemas: workItemSchemas,
    summaries: {
      list: "List work items: filtered, sorted and paged in the database",
      read: "One work item",
      create: "Create a work item",
      update: "Change some fields of a work item; send the version you last read",
      delete: "Delete a work item",
    },
    load: (db, options) => loadWorkItems(db, options),
    count: countWorkItems,
    list: (query) => {
      const errors = startRangeErrors(query);
      if (errors.length) throw badQuery(errors);
      return workItemListShape(query, calendarDate(deps.clock()));
    },
    mayChange: (user, action, item, next) => {
      if (canWorkItem(user, action, item, next)) return;
      if (next) throw forbidden("Your role cannot turn this item into that kind of work.");
      throw forbidden(action === "create" ? `Your role cannot create ${item.kind} items.` : refusals[action]);
    },
    check: async (input, db) => {
      const missing = await missingReferences(db, input);
      if (missing.length) throw invalid(missing);
    },
  });
}
