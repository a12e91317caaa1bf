import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { staffTraining, users } from "../../db/schema";
import { pageOf } from "../../shared/schemas/common";
import { training, trainingInput, trainingListQuery, trainingPatch } from "../../shared/schemas/library-enquiry";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["staff training"];
const path = "/api/training";
type Training = z.infer<typeof training>;

const routes = {
  list: createRoute({
    ...permit("training.read"),
    method: "get",
    path,
    tags,
    summary: "Who completed training in working with patients, and when",
    request: { query: trainingListQuery },
    responses: { 200: json(pageOf(training), "A page of training records"), ...problemResponses(400, 401) },
  }),
  create: createRoute({
    ...permit("training.create"),
    method: "post",
    path,
    tags,
    summary: "Record completed training (admin)",
    request: { body: { required: true, content: { "application/json": { schema: trainingInput } } } },
    responses: { 201: json(training, "Created"), ...problemResponses(401, 403, 413, 422) },
  }),
  read: createRoute({
    ...permit("training.read"),
    method: "get",
    path: `${path}/{id}`,
    tags,
    summary: "One training record",
    request: { params },
    responses: { 200: json(training, "The record"), ...problemResponses(401, 404) },
  }),
  patch: createRoute({
    ...permit("training.update"),
    method: "patch",
    path: `${path}/{id}`,
    tags,
    summary: "Correct a training record (admin); send the version you last read",
    request: { params, body: { required: true, content: { "application/json": { schema: trainingPatch } } } },
    responses: { 200: json(training, "Updated"), ...problemResponses(401, 403, 404, 409, 413, 422) },
  }),
  remove: createRoute({
    ...permit("training.delete"),
    method: "delete",
    path: `${path}/{id}`,
    tags,
    summary: "Delete a training record (admin)",
    request: { params },
    responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
  }),
};

export function trainingRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const select = () =>
    deps.db
      .select({ row: staffTraining, userName: users.name })
      .from(staffTraining)
      .innerJoin(users, eq(users.id, staffTraining.userId));
  const toTraining = ({ row, userName }: { row: typeof staffTraining.$inferSelect; userName: string }): Training => ({
    id: row.id,
    userId: row.userId,
    userName,
    course: row.course,
    completedOn: row.completedOn,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
  const find = async (id: string) => {
    const [found] = z.uuid().safeParse(id).success ? await select().where(eq(staffTraining.id, id)) : [];
    if (!found) throw notFound("The training record");
    return toTraining(found);
  };
  // Staff records belong to the data steward.
  const adminOnly = (user: AppEnv["Variables"]["user"]) => {
    if (user.role !== "admin") throw forbidden("Only admin records staff training.");
  };
  const checkUser = async (userId: string) => {
    const found = await deps.db.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!found.length) throw invalid([{ path: "userId", message: "Choose a member of staff" }]);
  };

  app.openapi(routes.list, async (c) => {
    const query = c.req.valid("query");
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const where = query.userId ? eq(staffTraining.userId, query.userId) : undefined;
    const [rows, [totals]] = await Promise.all([
      select()
        .where(where)
        .orderBy(desc(staffTraining.completedOn), desc(staffTraining.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      deps.db.select({ total: count() }).from(staffTraining).where(where),
    ]);
    return c.json({ items: rows.map(toTraining), total: totals?.total ?? 0, page, pageSize }, 200);
  });

  app.openapi(routes.read, async (c) => c.json(await find(c.req.valid("param").id), 200));

  app.openapi(routes.create, async (c) => {
    adminOnly(c.get("user"));
    const input = c.req.valid("json");
    await checkUser(input.userId);
    const now = deps.clock();
    const [row] = await deps.db
      .insert(staffTraining)
      .values({ ...input, version: 1, createdAt: now, updatedAt: now })
      .returning();
    return c.json(await find((row as { id: string }).id), 201);
  });

  app.openapi(routes.patch, async (c) => {
    adminOnly(c.get("user"));
    const { version, ...changes } = c.req.valid("json");
    const current = await find(c.req.valid("param").id);
    if (version !== current.version)
      throw new ApiError(409, "Conflict", "Someone else changed this record since you opened it.");
    const merged = trainingInput.safeParse({
      userId: current.userId,
      course: current.course,
      completedOn: current.completedOn,
      ...changes,
    });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    await checkUser(merged.data.userId);
    const [updated] = await deps.db
      .update(staffTraining)
      .set({ ...merged.data, version: version + 1, updatedAt: deps.clock() })
      .where(and(eq(staffTraining.id, current.id), eq(staffTraining.version, version)))
      .returning({ id: staffTraining.id });
    if (!updated) throw new ApiError(409, "Conflict", "Someone else changed this record a moment ago.");
    return c.json(await find(updated.id), 200);
  });

  app.openapi(routes.remove, async (c) => {
    adminOnly(c.get("user"));
    const current = await find(c.req.valid("param").id);
    await deps.db.delete(staffTraining).where(eq(staffTraining.id, current.id));
    return c.body(null, 204);
  });
}
