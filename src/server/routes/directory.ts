import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { asc } from "drizzle-orm";
import { z } from "zod";
import { teams } from "../../db/schema";
import { team } from "../../shared/schemas/team";
import type { AppEnv, RequiredDeps } from "../deps";
import { json, permit, problemResponses } from "./openapi-helpers";

const listTeams = createRoute({
  ...permit("teams.read"),
  method: "get",
  path: "/api/teams",
  tags: ["directory"],
  summary: "All teams",
  responses: { 200: json(z.object({ items: z.array(team) }), "Teams by name"), ...problemResponses(401) },
});

export function directoryRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(listTeams, async (c) => {
    const items = await deps.db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name));
    return c.json({ items }, 200);
  });
}
