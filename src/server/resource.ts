import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, count, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgSelect, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "../db/database";
import type { permissionTable } from "../shared/permissions";
import { pageOf } from "../shared/schemas/common";
import type { SessionUser } from "../shared/schemas/users";
import { auditFilters, type FieldRules, updateRecord, type Who, whoIs, writeAudit } from "./audit";
import type { AppEnv, RequiredDeps } from "./deps";
import { ApiError, fieldErrors, invalid, notFound } from "./problem";
import { json, permit, problemResponses } from "./routes/openapi-helpers";

/** A table the resource module can own: a uuid id, a version, and when it was made and changed. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; createdAt: PgColumn; updatedAt: PgColumn };

/** Resources whose table entry has the four actions. */
type CrudResource = {
  [R in keyof typeof permissionTable]: (typeof permissionTable)[R] extends Record<
    "read" | "create" | "update" | "delete",
    unknown
  >
    ? R
    : never;
}[keyof typeof permissionTable];

/** A change made: afterWrite is told what, to which record, by whom and from where. */
export type Change = {
  action: "create" | "update" | "delete";
  id: string;
  user: SessionUser;
  who: Who;
  /** The table's row before the change (update, delete). */
  before?: Record<string, unknown> | undefined;
};

type Action = "list" | "read" | "create" | "update" | "delete";

/**
 * One resource: its table, shared schemas, how a row becomes what the API shows, its list's
 * filters and order, and hooks for what is particular to it. registerResource gives it the five
 * routes with their OpenAPI entries, and owns everything they have in common.
 */
type ResourceDefinition<
  Dto extends { id: string; version: number },
  Input extends object,
  Query extends z.ZodObject = z.ZodObject,
> = {
  resource: CrudResource;
  path: string;
  tags: string[];
  /** "The enquiry": says what was not found. */
  label: string;
  /** "this enquiry": says what someone else changed first (409). */
  what: string;
  table: VersionedTable;
  schemas: {
    item: z.ZodType<Dto>;
    /** What a create takes, and what a merged update must be: an object of the writable fields. */
    input: z.ZodObject & z.ZodType<Input>;
    /** The writable fields, all optional, and the version last read. */
    patch: z.ZodObject;
    /** The list's filters with page and pageSize. */
    query: Query;
  };
  summaries: Record<Action, string>;
  /** What more an operation's entry says (what a role is not shown…). */
  descriptions?: Partial<Record<Action, string>>;
  /**
   * The records as the API shows them, found by `where`, in `orderBy`, one page at a time.
   * Left out: the table's own rows, with their timestamps as ISO strings.
   */
  load?: (db: Db, options: LoadOptions, user: SessionUser) => Promise<Dto[]>;
  /** The list's filters from its validated query, and its order (ending with the id, so pages never overlap). */
  list: (query: z.infer<Query>, user: SessionUser) => { where?: SQL | undefined; orderBy: SQL[] };
  /** Checks against other records (a user that exists…): throw invalid() at the field. */
  check?: (input: Input, db: Db, current?: Dto) => Promise<void>;
  /** The columns to write from valid input, where they are not the input's fields. */
  toRow?: (input: Input, current?: Dto) => Record<string, unknown>;
  /** The whole to validate, from what stands and what a PATCH changes (default: changed fields replace). */
  merge?: (current: Input, changes: Record<string, unknown>) => Record<string, unknown>;
  /** In the change's transaction, once made: what must change with it. */
  afterWrite?: (tx: Db, change: Change) => Promise<void>;
  /** How many the list finds, where its filters need more than the table (default: a count of the table). */
  count?: (db: Db, where: SQL | undefined) => Promise<number>;
  /**
   * Rules beyond the authorisation table (what kind of record a role may touch): throw forbidden().
   * Asked with the input on create; the record on update (again with the merged result as `next`); the record on delete.
   */
  mayChange?: (user: SessionUser, action: Change["action"], item: Dto | Input, next?: Input) => void | Promise<void>;
  /** Before a delete: throw (a 409) when the record may not go. */
  beforeDelete?: (db: Db, item: Dto) => Promise<void>;
  /**
   * What the audit records beyond every change (ADR 015): the fields whose values it never keeps
   * (special) or keeps erasably (identifying); whose record it is (default: its personId); and
   * whether reading one (or the list for one person) is recorded too.
   */
  audit?: FieldRules & {
    subject?: (row: Record<string, unknown>) => string | null;
    reads?: boolean;
    /** The person a list is filtered to: reading their records is recorded. */
    listSubject?: (query: z.infer<Query>) => string | undefined;
  };
};

/** Ids that are not uuids are simply not found (never a database error). */
export const isUuid = (value: string) => z.uuid().safeParse(value).success;

const params = z.object({ id: z.string() });

/** The one answer for a version that moved on: nothing is overwritten. */
export const staleVersion = (what: string) =>
  new ApiError(409, "Conflict", `Someone else changed ${what} since you opened it.`, undefined, {
    code: "stale_version",
  });

export type LoadOptions = { where?: SQL | undefined; orderBy?: SQL[]; limit?: number; offset?: number };

/** A row's timestamps as the API shows them. */
export const isoTimestamps = <R extends { createdAt: Date; updatedAt: Date }>(row: R) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A row as JSON carries it: every timestamp an ISO string. */
const asJson = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([field, value]) => [field, value instanceof Date ? value.toISOString() : value]),
  );

/** A list query with the options load() is given: filter, order, one page. */
export function withOptions<Q extends PgSelect>(query: Q, { where, orderBy, limit, offset }: LoadOptions): Q {
  let dynamic = query.where(where) as Q;
  if (orderBy?.length) dynamic = dynamic.orderBy(...orderBy) as Q;
  if (limit !== undefined) dynamic = dynamic.limit(limit) as Q;
  if (offset !== undefined) dynamic = dynamic.offset(offset) as Q;
  return dynamic;
}

/** Paging as every list has it: page from 1, 25 to a page unless asked. */
export const pageFrom = (query: { page?: number | undefined; pageSize?: number | undefined }) => {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
};

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters, for the widest table. */
const insertBatch = 1000;

/**
 * How every record is created: its columns, version 1, made and changed now. The create route
 * writes one; an import writes thousands, a batch per statement. The ids, in the rows' order.
 */
export async function insertRecords(
  tx: Db,
  table: VersionedTable,
  rows: readonly Record<string, unknown>[],
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += insertBatch) {
    const values = rows
      .slice(start, start + insertBatch)
      .map((row) => ({ ...row, version: 1, createdAt: now, updatedAt: now }));
    const inserted = (await tx.insert(table).values(values).returning({ id: table.id })) as { id: string }[];
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/**
 * What the audit says of a change to a record, whatever the change: its resource and id, the
 * person it is about, and the work item it belongs to (so the item's Activity lists it too).
 */
export function changedRecord(
  resource: string,
  id: string,
  row: Record<string, unknown>,
  subjectPersonId: string | null,
  detail: Record<string, unknown> = {},
) {
  const workItemId = typeof row.workItemId === "string" ? row.workItemId : undefined;
  const all = { ...(workItemId ? { workItemId } : {}), ...detail };
  return { resource, recordId: id, subjectPersonId, detail: Object.keys(all).length ? all : null };
}

export function registerResource<
  Dto extends { id: string; version: number },
  Input extends object,
  Query extends z.ZodObject,
>(app: OpenAPIHono<AppEnv>, deps: RequiredDeps, definition: ResourceDefinition<Dto, Input, Query>) {
  const { table, schemas, summaries, tags, path, resource } = definition;
  const described = (action: Action) => {
    const description = definition.descriptions?.[action];
    return description ? { description } : {};
  };
  const body = <S extends z.ZodType>(schema: S) => ({
    body: { required: true, content: { "application/json": { schema } } },
  });
  const routes = {
    list: createRoute({
      ...permit(`${resource}.read`),
      method: "get",
      path,
      tags,
      summary: summaries.list,
      ...described("list"),
      // Typed by the definition below (a generic schema here would hide the query from Hono).
      request: { query: schemas.query as z.ZodObject },
      // 403: a filter the role may not use (a manager asking who has a lived experience).
      responses: { 200: json(pageOf(schemas.item), "A page"), ...problemResponses(400, 401, 403) },
    }),
    read: createRoute({
      ...permit(`${resource}.read`),
      method: "get",
      path: `${path}/{id}`,
      tags,
      summary: summaries.read,
      ...described("read"),
      request: { params },
      responses: { 200: json(schemas.item, "Found"), ...problemResponses(401, 404) },
    }),
    create: createRoute({
      ...permit(`${resource}.create`),
      method: "post",
      path,
      tags,
      summary: summaries.create,
      ...described("create"),
      request: body(schemas.input),
      responses: { 201: json(schemas.item, "Created"), ...problemResponses(401, 403, 413, 422) },
    }),
    update: createRoute({
      ...permit(`${resource}.update`),
      method: "patch",
      path: `${path}/{id}`,
      tags,
      summary: summaries.update,
      ...described("update"),
      request: { params, ...body(schemas.patch) },
      responses: { 200: json(schemas.item, "Updated"), ...problemResponses(401, 403, 404, 409, 413, 422) },
    }),
    remove: createRoute({
      ...permit(`${resource}.delete`),
      method: "delete",
      path: `${path}/{id}`,
      tags,
      summary: summaries.delete,
      ...described("delete"),
      request: { params },
      responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404, 409) },
    }),
  };

  const load =
    definition.load ??
    (async (db: Db, options: LoadOptions, _user: SessionUser) =>
      schemas.item.array().parse((await withOptions(db.select().from(table).$dynamic(), options)).map(asJson)));
  /** The writable fields of a record as it stands (the input schema's): what a change is merged into. */
  const editable = (item: Dto) =>
    Object.fromEntries(Object.keys(schemas.input.shape).map((field) => [field, item[field as keyof Dto]])) as Input;

  const countOf =
    definition.count ??
    (async (db: Db, where: SQL | undefined) => {
      const [totals] = await db.select({ total: count() }).from(table).where(where);
      return totals?.total ?? 0;
    });
  const toRow = definition.toRow ?? ((input: Input) => input as Record<string, unknown>);
  const merge =
    definition.merge ?? ((current: Input, changes: Record<string, unknown>) => ({ ...current, ...changes }));

  /** The audit's name for the resource: its path below /api (people, work-items…). */
  const auditName = path.replace(/^\/api\//, "");
  const subjectOf = (row: Record<string, unknown>) =>
    definition.audit?.subject?.(row) ?? (typeof row.personId === "string" ? row.personId : null);
  const rowOf = async (db: Db, id: string) => {
    const [row] = (await db.select().from(table).where(eq(table.id, id))) as Record<string, unknown>[];
    return row;
  };
  type Ctx = Parameters<typeof whoIs>[0];

  /**
   * Every change is made here, in one transaction with what goes with it and its audit entry:
   * who, from where, which record, and for an update each field before and after.
   */
  const change = async (
    c: Ctx,
    action: Change["action"],
    known: string | undefined,
    write: (tx: Db) => Promise<string | undefined>,
  ) =>
    deps.db.transaction(async (tx) => {
      const before = known ? await rowOf(tx, known) : undefined;
      const id = await write(tx);
      if (id === undefined) return undefined;
      const who = whoIs(c, deps);
      await definition.afterWrite?.(tx, { action, id, user: c.get("user"), who, before });
      const after = action === "delete" ? undefined : await rowOf(tx, id);
      const row = after ?? before ?? {};
      const base = changedRecord(auditName, id, row, subjectOf(row));
      await writeAudit(
        tx,
        deps.clock(),
        who,
        action === "update" ? updateRecord(base, before ?? {}, after ?? {}, definition.audit) : { ...base, action },
      );
      return id;
    });

  /** A read of something sensitive (one person, their involvements) leaves an entry too. */
  const recordRead = (c: Ctx, record: { recordId?: string; subjectPersonId: string | null; detail?: object }) =>
    writeAudit(deps.db, deps.clock(), whoIs(c, deps), {
      action: "read",
      resource: auditName,
      recordId: record.recordId ?? null,
      subjectPersonId: record.subjectPersonId,
      detail: (record.detail as Record<string, unknown>) ?? null,
    });

  const existing = async (id: string, user: SessionUser): Promise<Dto> => {
    const [found] = isUuid(id) ? await load(deps.db, { where: eq(table.id, id) }, user) : [];
    if (!found) throw notFound(definition.label);
    return found;
  };

  app.openapi(routes.list, async (c) => {
    const query = c.req.valid("query") as z.infer<Query> & { page?: number; pageSize?: number };
    const { page, pageSize, limit, offset } = pageFrom(query);
    const { where, orderBy } = definition.list(query, c.get("user"));
    const [items, total] = await Promise.all([
      load(deps.db, { where, orderBy, limit, offset }, c.get("user")),
      countOf(deps.db, where),
    ]);
    const subject = definition.audit?.listSubject?.(query);
    if (subject)
      await recordRead(c, { subjectPersonId: subject, detail: { filters: auditFilters(query), rows: total } });
    return c.json({ items, total, page, pageSize }, 200);
  });

  app.openapi(routes.read, async (c) => {
    const item = await existing(c.req.valid("param").id, c.get("user"));
    if (definition.audit?.reads) await recordRead(c, { recordId: item.id, subjectPersonId: subjectOf(item) });
    return c.json(item, 200);
  });

  app.openapi(routes.create, async (c) => {
    const input = c.req.valid("json") as Input;
    await definition.mayChange?.(c.get("user"), "create", input);
    await definition.check?.(input, deps.db);
    const now = deps.clock();
    const id = await change(c, "create", undefined, async (tx) => {
      const [created] = await insertRecords(tx, table, [toRow(input)], now);
      return created;
    });
    if (!id) throw new Error("the insert returned no row");
    return c.json(await existing(id, c.get("user")), 201);
  });

  app.openapi(routes.update, async (c) => {
    const { version, ...changes } = c.req.valid("json") as { version: number } & Record<string, unknown>;
    const user = c.get("user");
    const current = await existing(c.req.valid("param").id, user);
    await definition.mayChange?.(user, "update", current);
    if (version !== current.version) throw staleVersion(definition.what);
    // Merge, then validate the whole: a change is checked with what it does not touch.
    const merged = schemas.input.safeParse(merge(editable(current), changes));
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    await definition.mayChange?.(user, "update", current, merged.data);
    await definition.check?.(merged.data, deps.db, current);
    const updated = await change(c, "update", current.id, async (tx) => {
      // Conditional on the version read: of two saves at once, the second changes nothing and is told so.
      const [row] = (await tx
        .update(table)
        .set({ ...toRow(merged.data, current), version: version + 1, updatedAt: deps.clock() })
        .where(and(eq(table.id, current.id), eq(table.version, version)))
        .returning({ id: table.id })) as { id: string }[];
      return row?.id;
    });
    if (!updated) throw staleVersion(definition.what);
    return c.json(await existing(current.id, user), 200);
  });

  app.openapi(routes.remove, async (c) => {
    const user = c.get("user");
    const current = await existing(c.req.valid("param").id, user);
    await definition.mayChange?.(user, "delete", current);
    await definition.beforeDelete?.(deps.db, current);
    await change(c, "delete", current.id, async (tx) => {
      await tx.delete(table).where(eq(table.id, current.id));
      return current.id;
    });
    return c.body(null, 204);
  });
}
