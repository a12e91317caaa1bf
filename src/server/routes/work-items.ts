import type { OpenAPIHono } from "@hono/zod-openapi";
import { workItems } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { canWorkItem } from "../../shared/permissions";
import { startRangeErrors, type WorkItem, workItemSchemas } from "../../shared/schemas/work-items";
import type { AppDeps, AppEnv, RequiredDeps } from "../deps";
import { badQuery, forbidden, invalid, notFound } from "../problem";
import { isUuid, registerResource } from "../resource";
import {
  countWorkItems,
  findWorkItem,
  loadWorkItems,
  missingReferences,
  workItemListShape,
} from "../services/work-items";

/** A work item by id for the routes below it (its plan, agenda, bursaries), or 404. */
export async function existingWorkItem(deps: AppDeps, id: string): Promise<WorkItem> {
  const item = isUuid(id) ? await findWorkItem(deps.db, id) : null;
  if (!item) throw notFound("The work item");
  return item;
}

const refusals = {
  update: "Your role cannot change this work item.",
  delete: "Your role cannot delete this work item.",
};

/** Planned work: a lead changes their own items, the events team conferences and events, admin anything. */
export function workItemRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
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
