import type { z } from "zod";
import type { Permission } from "../../shared/permissions";
import { problem } from "../../shared/schemas/common";

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

const descriptions: Record<number, string> = {
  400: "Bad query parameters",
  401: "Not signed in",
  403: "Not allowed for this role",
  404: "Not found",
  409: "Stale version: someone else changed it first",
  413: "Request body over 1 MB",
  422: "Invalid input, with field errors",
};

/** Error responses, all RFC 9457 problem details. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status] ?? "Error", content: { "application/problem+json": { schema: problem } } },
    ]),
  ) as Record<S, { description: string; content: { "application/problem+json": { schema: typeof problem } } }>;
}

/**
 * The route's entry in the authorisation table (src/shared/permissions.ts), spread into its
 * createRoute: published in the OpenAPI document as x-permission and enforced before the handler.
 */
export const permit = (permission: Permission) => ({ "x-permission": permission });
