import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { allows, isPermission, type Permission, whoMay } from "../shared/permissions";
import type { AppEnv } from "./deps";
import { forbidden, notFound } from "./problem";

export type Operation = { method: string; path: string; permission: Permission; pattern: RegExp };

/** The document itself, served by doc31 rather than declared as a route. */
const apiDocument: Operation = {
  method: "GET",
  path: "/api/openapi.json",
  permission: "apiDocument.read",
  pattern: /^\/api\/openapi\.json$/,
};

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
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return [{ method: method.toUpperCase(), path, permission, pattern }];
  });
  // Fixed paths before those with parameters: /by-month is not an {id}.
  const parameters = (operation: Operation) => (operation.path.match(/\{/g) ?? []).length;
  return [...operations, apiDocument].sort((a, b) => parameters(a) - parameters(b));
}

/** The operation a request is for (HEAD as GET), once every route is registered. */
export function operationFinder(app: OpenAPIHono<AppEnv>) {
  let operations: Operation[] | undefined;
  return (method: string, path: string): Operation | undefined => {
    operations ??= operationsOf(app);
    const wanted = method === "HEAD" ? "GET" : method;
    return operations.find((operation) => operation.method === wanted && operation.pattern.test(path));
  };
}

export type FindOperation = ReturnType<typeof operationFinder>;

export const isPublic = (operation: Operation | undefined) =>
  operation !== undefined && whoMay(operation.permission) === "anyone";

/** 403 before the handler runs, for a role the table does not name. */
export function authorise(find: FindOperation): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const operation = find(c.req.method, c.req.path);
    if (!operation) throw notFound(`${c.req.method} ${c.req.path}`);
    if (isPublic(operation)) return next();
    const { role } = c.get("user");
    if (!allows(operation.permission, role)) {
      const who = whoMay(operation.permission);
      throw forbidden(`This needs one of these roles: ${Array.isArray(who) ? who.join(", ") : who}. You are ${role}.`);
    }
    return next();
  };
}
