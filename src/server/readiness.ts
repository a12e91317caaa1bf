import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { AppEnv, RequiredDeps } from "./deps";
import { describeError } from "./log";
import { rowsOf } from "./raw-sql";
import { json, permit } from "./routes/openapi-helpers";

const readiness = z.object({
  status: z.enum(["ready", "not ready"]),
  /** Why not, in words: never a connection string or a database message (they may name hosts and users). */
  reason: z.string().optional(),
});

const ready = createRoute({
  ...permit("health.read"),
  method: "get",
  path: "/api/ready",
  tags: ["health"],
  summary: "Readiness (no sign-in needed): 200 only when the database answers and every migration is applied",
  description:
    "For a load balancer or orchestrator: 503 while the database cannot be reached or is behind this build's migrations; 200 again once it can, without a restart. /api/health stays liveness.",
  security: [],
  responses: {
    200: json(readiness, "Ready to serve"),
    503: json(readiness, "Not ready: the database is unreachable or not migrated"),
  },
});

/** Which of the build's migrations the database has applied; throws when it cannot be asked. */
async function appliedOf(deps: RequiredDeps): Promise<Set<string>> {
  const rows = await rowsOf<{ name: string }>(deps.db, sql`select name from schema_migrations`);
  return new Set(rows.map((row) => row.name));
}

export function readinessRoute(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(ready, async (c) => {
    let applied: Set<string>;
    try {
      applied = await appliedOf(deps);
    } catch (error) {
      deps.log.error({ route: "/api/ready", error: describeError(error) }, "Not ready");
      return c.json({ status: "not ready" as const, reason: "The database does not answer." }, 503);
    }
    const missing = deps.migrations.filter((name) => !applied.has(name));
    if (missing.length)
      return c.json({ status: "not ready" as const, reason: `${missing.length} migration(s) not applied yet.` }, 503);
    return c.json({ status: "ready" as const }, 200);
  });
}
