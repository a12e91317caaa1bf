import { sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import type { Db } from "../db/database";
import { auditLog, auditPersonalValues } from "../db/schema";
import { type AuditAction, erasedValue, type FieldChange, notRecorded } from "../shared/schemas/audit";
import type { SessionUser } from "../shared/schemas/users";
import type { Operation } from "./authorisation";
import type { AppEnv, RequiredDeps } from "./deps";

/** Who did it and from where: every entry carries both. */
export type Who = { actorId: string | null; actorName: string; address: string };

/** The signed-in user of a request (if any) and the address it came from. */
export function whoIs(c: Context<AppEnv>, deps: RequiredDeps): Who {
  // Unset before sign-in (a refused cross-site write, a sign-in itself).
  const user = c.get("user") as SessionUser | undefined;
  return { actorId: user?.id ?? null, actorName: user?.name ?? "Not signed in", address: deps.clientAddress(c) };
}

export type AuditRecord = {
  action: AuditAction;
  /** The kind of record, as its API path names it: people, work-items, equality… */
  resource: string;
  recordId?: string | null;
  /** The person the entry is about. */
  subjectPersonId?: string | null;
  detail?: Record<string, unknown> | null;
  changes?: FieldChange[] | null;
  /** The values behind the changes marked erasable (a person's name, email, phone): kept apart so erasure can delete them. */
  personalValues?: FieldChange[];
};

/** Writes one entry (in the caller's transaction, where there is one). */
export async function writeAudit(db: Db, at: Date, who: Who, record: AuditRecord): Promise<void> {
  await writeAudits(db, at, who, [record]);
}

/** Entries per INSERT (each batch is one JSON parameter). */
const auditBatch = 5000;

/**
 * Writes several entries by one actor at one time (an import's records): a batch per statement,
 * its entries as one JSON parameter, so thousands cost a few round trips.
 */
export async function writeAudits(db: Db, at: Date, who: Who, records: readonly AuditRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += auditBatch) {
    const batch = records.slice(start, start + auditBatch).map((record) => ({
      id: crypto.randomUUID(),
      action: record.action,
      resource: record.resource,
      record_id: record.recordId ?? null,
      subject_person_id: record.subjectPersonId ?? null,
      detail: record.detail ?? null,
      changes: record.changes ?? null,
    }));
    await db.execute(sql`insert into ${auditLog}
        (id, at, actor_id, actor_name, address, action, resource, record_id, subject_person_id, detail, changes)
      select e.id, ${at.toISOString()}::timestamptz, ${who.actorId}::uuid, ${who.actorName}, ${who.address},
        e.action, e.resource, e.record_id, e.subject_person_id, e.detail, e.changes
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as e(id uuid, action text, resource text,
        record_id uuid, subject_person_id uuid, detail jsonb, changes jsonb)`);
    const personal = batch.flatMap(({ id }, i) => {
      const record = records[start + i];
      return record?.personalValues?.length && record.subjectPersonId
        ? [{ auditId: id, personId: record.subjectPersonId, changes: record.personalValues }]
        : [];
    });
    if (personal.length) await db.insert(auditPersonalValues).values(personal);
  }
}

/** A change to an account's security (password, two-step verification): what changed, never the secret. */
export const accountChange = (userId: string, what: string): AuditRecord => ({
  action: "update",
  resource: "users",
  recordId: userId,
  changes: [{ field: what, before: notRecorded, after: notRecorded }],
});

/** Sessions of an account ended by hand (all of them by admin, or one by its owner): who ended whose. */
export const sessionsEnded = (userId: string, ended: "all" | "one"): AuditRecord => ({
  action: "update",
  resource: "users",
  recordId: userId,
  detail: { sessionsEnded: ended },
});

/** Filters whose words could say something sensitive ("HIV"): recorded as given, not what they were. */
const freeText = new Set(["search", "q"]);

/** A list's or export's filters as the audit keeps them: without paging, free text withheld. */
export const auditFilters = (query: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(query)
      .filter(([name, value]) => value !== undefined && name !== "page" && name !== "pageSize")
      .map(([name, value]) => [name, freeText.has(name) ? "(text not recorded)" : value]),
  );

/** An export's entry: the file, its filters (free text withheld), how many rows, whether it finished. */
export function exportRecord(
  resource: string,
  file: string,
  query: Record<string, unknown>,
  rows: number,
  finished: boolean,
): AuditRecord {
  const filters = auditFilters(query);
  return {
    action: "export",
    resource,
    subjectPersonId: typeof query.personId === "string" ? query.personId : null,
    detail: { file, filters, rows, ...(finished ? {} : { stopped: true }) },
  };
}

/** How a resource's fields are recorded: special-category values never; a person's identity apart, erasably. */
export type FieldRules = { special?: readonly string[]; identifying?: readonly string[] };

/** Bookkeeping every row has: never a "change" of its own. */
const bookkeeping = new Set(["id", "version", "createdAt", "updatedAt"]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** JSON's view of a value: a timestamp as its ISO string. */
const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * The fields that differ between two versions of a row. A special-category field is recorded as
 * "changed" with no values; an identifying one as "(erased)" in the log, its values in `personalValues`.
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  rules: FieldRules = {},
): { changes: FieldChange[]; personalValues: FieldChange[] } {
  const changes: FieldChange[] = [];
  const personalValues: FieldChange[] = [];
  for (const field of Object.keys({ ...before, ...after })) {
    if (bookkeeping.has(field) || same(plain(before[field]), plain(after[field]))) continue;
    if (rules.special?.includes(field)) {
      changes.push({ field, before: notRecorded, after: notRecorded });
    } else if (rules.identifying?.includes(field)) {
      changes.push({ field, before: erasedValue, after: erasedValue });
      personalValues.push({ field, before: plain(before[field]), after: plain(after[field]) });
    } else {
      changes.push({ field, before: plain(before[field]), after: plain(after[field]) });
    }
  }
  return { changes, personalValues };
}

/** An update's entry: what changed, or nothing to record when nothing did. */
export function updateRecord(
  base: Omit<AuditRecord, "action" | "changes" | "personalValues">,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  rules?: FieldRules,
): AuditRecord {
  const { changes, personalValues } = fieldChanges(before, after, rules);
  return { ...base, action: "update", changes, personalValues };
}

const uuids = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const personPath = /^\/api\/people\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;

/** "workItems.update" → "work-items": the audit names resources as their paths do. */
const resourceOf = (operation: Operation | undefined) =>
  operation ? (operation.permission.split(".")[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : "api";

/**
 * Every refusal (403), whatever refused it (the authorisation table, a rule about one record, a
 * cross-site write): who, the method and route (its pattern: no values), and the record named.
 */
export function recordRefusals(
  deps: RequiredDeps,
  findOperation: (c: Context<AppEnv>) => Operation | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 403) return;
    const operation = findOperation(c);
    const code = c.res.headers.get("content-type")?.includes("json")
      ? ((await c.res.clone().json()) as { code?: string }).code
      : undefined;
    await writeAudit(deps.db, deps.clock(), whoIs(c, deps), {
      action: "denied",
      resource: resourceOf(operation),
      recordId: c.req.path.match(uuids)?.at(-1) ?? null,
      subjectPersonId: c.req.path.match(personPath)?.[1] ?? null,
      detail: { method: c.req.method, route: operation?.path ?? "(no such route)", ...(code ? { code } : {}) },
    });
  };
}
