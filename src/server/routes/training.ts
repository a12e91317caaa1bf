import type { OpenAPIHono } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { staffTraining, users } from "../../db/schema";
import { type TrainingRecord, trainingSchemas } from "../../shared/schemas/training";
import type { AppEnv, RequiredDeps } from "../deps";
import { invalid } from "../problem";
import { isoTimestamps, registerResource, withOptions } from "../resource";

/** Staff training: a simple resource, shown with the name of the member of staff. */
export function trainingRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  registerResource(app, deps, {
    resource: "training",
    path: "/api/training",
    tags: ["staff training"],
    label: "The training record",
    what: "this record",
    table: staffTraining,
    schemas: trainingSchemas,
    summaries: {
      list: "Who completed training in working with patients, and when",
      read: "One training record",
      create: "Record completed training (admin)",
      update: "Correct a training record (admin); send the version you last read",
      delete: "Delete a training record (admin)",
    },
    load: async (db, options) => {
      const query = db
        .select({ row: staffTraining, userName: users.name })
        .from(staffTraining)
        .innerJoin(users, eq(users.id, staffTraining.userId))
        .$dynamic();
      return (await withOptions(query, options)).map(
        ({ row, userName }): TrainingRecord => ({ ...isoTimestamps(row), userName }),
      );
    },
    list: ({ userId }) => ({
      where: userId ? eq(staffTraining.userId, userId) : undefined,
      orderBy: [desc(staffTraining.completedOn), desc(staffTraining.id)],
    }),
    check: async ({ userId }, db) => {
      const found = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
      if (!found.length) throw invalid([{ path: "userId", message: "Choose a member of staff" }]);
    },
  });
}
