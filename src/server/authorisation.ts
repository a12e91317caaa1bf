import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import { allows, isPermission, type Permission, whoMay } from "../shared/permissions";
import type { Role } from "../shared/schemas/users";
import type { AppEnv } from "./deps";
import { forbidden } from "./problem";

export type Operation = { method: string; path: string; permission: Permission };

/** The document itself, served by doc31 rather than declared as a route. */
const apiDocument: Operation = { method: "GET", path: "/api/openapi.json", permission: "apiDocument.read" };

/**
 * Every operation the app declares, with its permission. A route without one is a mistake that
 * must not reach anyone: the app refuses to start.
 */
export function operationsOf(app: OpenAPIHono<AppEnv>): Operation[] {
  const operations = app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== "route") return [];
    const { method, path } = definition.route;
    const permission = (definition.route as Record<string, unknown>)["x-permission"];
    if (!isPermission(permission))
      throw new Error(
        `${method.toUpperCase()} ${path} declares no permission: add ...permit("resource.action") from src/shared/permissions.ts to its createRoute.`,
      );
    return [{ method: method.toUpperCase(), path, permission }];
  });
  return [...operations, apiDocument];
}

/**
 * The operation a request is for: the route Hono itself matched (so the permission checked is
 * always the handler's that will run), looked up by its method and pattern. HEAD is GET.
 */
export function operationFinder(app: OpenAPIHono<AppEnv>) {
  let byRoute: Map<string, Operation> | undefined;
  return (c: Context): Operation | undefined => {
    // Built on first use: every route is registered by then.
    byRoute ??= new Map(
      operationsOf(app).map((operation) => [
        `${operation.method} ${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`,
        operation,
      ]),
    );
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    for (const route of matchedRoutes(c)) {
      const operation = route.method === method ? byRoute.get(`${method} ${route.path}`) : undefined;
      if (operation) return operation;
    }
    return undefined;
  };
}

export const isPublic = (operation: Operation) => whoMay(operation.permission) === "anyone";

/** 403 for a role the table does not name, before validation and the handler. */
export function authorise(operation: Operation, role: Role) {
  if (allows(operation.permission, role)) return;
  const who = whoMay(operation.permission);
  throw forbidden(`This needs one of these roles: ${Array.isArray(who) ? who.join(", ") : who}. You are ${role}.`);
}
