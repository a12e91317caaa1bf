/**
 * What is particular to each kind of import: the record a row's values make (references resolved),
 * the shared create schema that checks it, what a lead may bring in, when a row is a record that is
 * already there, and how its records are written — by the same helpers as the create routes.
 */
import type { z } from "zod";
import type { Db } from "../../db/database";
import { auditPersonalValues, consentEvents, involvements, people, workItems } from "../../db/schema";
import { canWorkItem } from "../../shared/permissions";
import type { ImportKind } from "../../shared/schemas/imports";
import { involvementSchemas } from "../../shared/schemas/involvements";
import { type PersonInput, personSchemas } from "../../shared/schemas/people";
import type { SessionUser } from "../../shared/schemas/users";
import { workItemInput } from "../../shared/schemas/work-items";
import type { Who } from "../audit";
import type { VersionedTable } from "../resource";
import {
  inUuids,
  involvementsOn,
  nameKey,
  peopleByEmailOrName,
  peopleNamed,
  peopleWithIds,
  resolveLead,
  resolvePerson,
  resolveTeam,
  resolveWorkItem,
  teamLookup,
  teamsWithIds,
  userLookup,
  usersWithIds,
  workItemsByTitle,
  workItemsTitled,
  workItemsWithIds,
} from "./import-references";
import { toColumns } from "./people";
import { consentEventRows } from "./privacy";

/** A row's values by field name, as read from its cells. */
export type Values = Record<string, unknown>;
/** Adds an error at a field (the first one at a field is kept). */
export type Report = (field: string, message: string) => void;
/** A row that would match more than one record already there: invalid, said at this field. */
export type Ambiguous = { field: string; message: string };
/** The records already there, by match key: the one a key names, or why it names none for sure. */
export type Existing = Map<string, string | Ambiguous>;

export type KindSpec = {
  /** The audit's and the API's name for the records. */
  resource: string;
  table: VersionedTable;
  /** The shared create schema: the one the create route and the form use. */
  schema: z.ZodType<Record<string, unknown>>;
  /** Fields a column need not be given for (a lead's own items need no Lead column). */
  optionalFor: (user: SessionUser) => ReadonlySet<string>;
  /** Looks up, for the whole file at once, what the rows refer to; then builds each row's record for the schema. */
  prepare: (db: Db, rows: readonly Values[], user: SessionUser) => Promise<(values: Values, report: Report) => Values>;
  /** The field a schema issue's path is about. */
  fieldOf: (path: readonly PropertyKey[]) => string;
  /** What this user may not bring in, at the field to blame (checked on a valid record). */
  refuse?: (input: Values, user: SessionUser, report: Report) => void;
  /** The key two rows share when they are the same record; the records already there, by key. */
  matchKey: (input: Values) => string;
  existing: (db: Db, inputs: readonly Values[]) => Promise<Existing>;
  /**
   * At commit, in its transaction: why each checked record (a new row of the preview) would now be
   * refused — what it names deleted, handed to another lead, erased — or undefined when it still passes.
   */
  recheck?: (tx: Db, inputs: readonly Values[], user: SessionUser) => Promise<(string | undefined)[]>;
  /** The columns a valid record is written to (as the create route writes them). */
  toRow: (input: Values) => Record<string, unknown>;
  /** The person a record is about, for the audit. */
  subject: (id: string, row: Record<string, unknown>) => string | null;
  /** What is written with the records (as the create route's afterWrite does). */
  afterInsert?: (
    tx: Db,
    rows: readonly { id: string; row: Record<string, unknown> }[],
    who: Who,
    now: Date,
  ) => Promise<void>;
  /** What goes with records when an undo removes them (as the delete route's afterWrite does). */
  afterDelete?: (tx: Db, ids: readonly string[]) => Promise<void>;
  /**
   * Tables the commit writes with the records (a person's first consent events): their rows do not
   * stop an undo. Every other table with a foreign key to the records does (import-undo.ts reads
   * them from the database's catalogue).
   */
  writtenWith: readonly string[];
};

const first = (path: readonly PropertyKey[]) => String(path[0] ?? "");
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

const peopleSpec: KindSpec = {
  resource: "people",
  table: people,
  schema: personSchemas.input as unknown as z.ZodType<Record<string, unknown>>,
  optionalFor: () => new Set(),
  prepare: async () => (values) => {
    const consent = (name: string) => {
      const givenOn = values[`${name}GivenOn`];
      const withdrawnOn = values[`${name}WithdrawnOn`];
      return givenOn === undefined && withdrawnOn === undefined
        ? undefined
        : { givenOn, withdrawnOn: withdrawnOn ?? null };
    };
    return {
      name: values.name,
      email: values.email,
      phone: values.phone,
      perspectives: values.perspectives,
      livedExperience: values.livedExperience,
      accessNeeds: values.accessNeeds,
      paymentPreference: values.paymentPreference,
      retentionReviewOn: values.retentionReviewOn,
      consents: {
        contact: consent("contact"),
        equalityMonitoring: consent("equalityMonitoring"),
        namedPublicly: consent("namedPublicly"),
      },
    };
  },
  fieldOf: (path) =>
    path[0] === "consents" ? `${String(path[1])}${path[2] === "withdrawnOn" ? "WithdrawnOn" : "GivenOn"}` : first(path),
  // No postcode is kept: the same email, or (for a row without one) the same name, is the same person.
  matchKey: (input) =>
    text(input.email) ? `email:${nameKey(String(input.email))}` : `name:${nameKey(String(input.name))}`,
  // Two people or more under one key match none of them: the row says so, rather than pick one.
  existing: async (db, inputs) => {
    const emails = inputs.flatMap((i) => (text(i.email) ? [nameKey(String(i.email))] : []));
    const names = inputs.flatMap((i) => (text(i.email) ? [] : [nameKey(String(i.name))]));
    const byKey = new Map<string, { ids: string[]; shown: string }>();
    const add = (key: string, id: string, shown: string) => {
      const entry = byKey.get(key) ?? { ids: [], shown };
      entry.ids.push(id);
      byKey.set(key, entry);
    };
    for (const person of await peopleByEmailOrName(db, emails, names)) {
      if (person.emailKey) add(`email:${person.emailKey}`, person.id, person.email ?? "");
      add(`name:${person.nameKey}`, person.id, person.name.trim());
    }
    const found: Existing = new Map();
    for (const [key, { ids, shown }] of byKey)
      found.set(
        key,
        ids.length === 1
          ? (ids[0] as string)
          : key.startsWith("email:")
            ? {
                field: "email",
                message: `${ids.length} people have the email "${shown}": change one of them on the People page first, so that the row matches one person`,
              }
            : {
                field: "name",
                message: `${ids.length} people are called "${shown}": add their email to tell them apart`,
              },
      );
    return found;
  },
  toRow: (input) => toColumns(input as PersonInput),
  subject: (id) => id,
  // Consents given in the file start each person's consent history, as a create through the form does.
  afterInsert: async (tx, rows, who, now) => {
    const events = rows.flatMap(({ id, row }) =>
      consentEventRows(id, undefined, row as Parameters<typeof consentEventRows>[2], who, now),
    );
    for (let start = 0; start < events.length; start += 1000)
      await tx.insert(consentEvents).values(events.slice(start, start + 1000));
  },
  // A deleted person's identifying values go from the audit too (none, unless they were changed since).
  afterDelete: async (tx, ids) => {
    if (ids.length) await tx.delete(auditPersonalValues).where(inUuids(auditPersonalValues.personId, ids));
  },
  writtenWith: ["consent_events"],
};

const workItemSpec: KindSpec = {
  resource: "work-items",
  table: workItems,
  schema: workItemInput as unknown as z.ZodType<Record<string, unknown>>,
  // A lead's own items: no Lead column needed (the lead is whoever imports).
  optionalFor: (user) => new Set(user.role === "lead" ? ["lead"] : []),
  prepare: async (db, _rows, user) => {
    const [teamsFound, usersFound] = await Promise.all([teamLookup(db), userLookup(db)]);
    return (values, report) => {
      const team = text(values.team) ? resolveTeam(teamsFound, String(values.team)) : undefined;
      // A lead who leaves the lead out imports items they lead.
      const leadText = text(values.lead) ?? (user.role === "lead" ? user.id : undefined);
      const lead = leadText ? resolveLead(usersFound, leadText) : undefined;
      if (team?.error) report("team", team.error);
      if (lead?.error) report("lead", lead.error);
      return {
        title: values.title,
        kind: values.kind,
        teamId: team?.item?.id,
        leadId: lead?.item?.id,
        startDate: values.startDate,
        endDate: values.endDate,
        status: values.status,
        summary: values.summary,
      };
    };
  },
  fieldOf: (path) => ({ teamId: "team", leadId: "lead" })[first(path)] ?? first(path),
  refuse: (input, user, report) => {
    if (user.role === "lead" && input.leadId !== user.id) report("lead", "You can import only work items you lead");
  },
  matchKey: (input) => `${nameKey(String(input.title))}|${String(input.startDate)}`,
  existing: async (db, inputs) => {
    const found: Existing = new Map();
    for (const item of await workItemsByTitle(db, [...new Set(inputs.map((i) => nameKey(String(i.title))))]))
      found.set(`${nameKey(item.title)}|${item.startDate}`, item.id);
    return found;
  },
  recheck: async (tx, inputs) => {
    const [teamsThere, leadsThere] = await Promise.all([
      teamsWithIds(
        tx,
        inputs.map((i) => String(i.teamId)),
      ),
      usersWithIds(
        tx,
        inputs.map((i) => String(i.leadId)),
      ),
    ]);
    return inputs.map((i) =>
      !teamsThere.has(String(i.teamId))
        ? "Its team has been deleted since the preview"
        : !leadsThere.has(String(i.leadId))
          ? "Its lead's account has been deleted since the preview"
          : undefined,
    );
  },
  toRow: (input) => input,
  subject: () => null,
  writtenWith: [],
};

const involvementSpec: KindSpec = {
  resource: "involvements",
  table: involvements,
  schema: involvementSchemas.input as unknown as z.ZodType<Record<string, unknown>>,
  optionalFor: () => new Set(),
  prepare: async (db, rows, user) => {
    const [itemsFound, peopleFound] = await Promise.all([
      workItemsTitled(
        db,
        rows.flatMap((r) => (text(r.workItem) ? [String(r.workItem)] : [])),
      ),
      peopleNamed(
        db,
        rows.flatMap((r) => (text(r.person) ? [String(r.person)] : [])),
      ),
    ]);
    return (values, report) => {
      const item = text(values.workItem) ? resolveWorkItem(itemsFound, String(values.workItem)) : undefined;
      const person = text(values.person) ? resolvePerson(peopleFound, String(values.person)) : undefined;
      if (item?.error) report("workItem", item.error);
      if (person?.error) report("person", person.error);
      // Involvement is managed by whoever may change the work item (a lead: the items they lead).
      if (item?.item && !canWorkItem(user, "update", item.item))
        report("workItem", "You can add involvement only to work items you lead");
      return {
        workItemId: item?.item?.id,
        personId: person?.item?.id,
        role: values.role,
        status: values.status,
        startDate: values.startDate,
        endDate: values.endDate,
        hours: values.hours,
        ask: values.ask,
        expectations: values.expectations,
        support: values.support,
        feePence: values.feePence,
        expensesPence: values.expensesPence,
        paymentStatus: values.paymentStatus,
        feedback: values.feedback,
        impact: values.impact,
      };
    };
  },
  fieldOf: (path) => ({ workItemId: "workItem", personId: "person" })[first(path)] ?? first(path),
  matchKey: (input) => `${String(input.workItemId)}|${String(input.personId)}|${String(input.role)}`,
  existing: async (db, inputs) => {
    const found: Existing = new Map();
    const rows = await involvementsOn(db, [...new Set(inputs.map((i) => String(i.workItemId)))]);
    for (const row of rows) found.set(`${row.workItemId}|${row.personId}|${row.role}`, row.id);
    return found;
  },
  // Locked (for share) until the commit ends, so that a handover cannot slip in between check and insert.
  recheck: async (tx, inputs, user) => {
    const [items, persons] = await Promise.all([
      workItemsWithIds(
        tx,
        inputs.map((i) => String(i.workItemId)),
      ),
      peopleWithIds(
        tx,
        inputs.map((i) => String(i.personId)),
      ),
    ]);
    return inputs.map((i) => {
      const item = items.get(String(i.workItemId));
      const person = persons.get(String(i.personId));
      if (!item) return "Its work item has been deleted since the preview";
      if (!canWorkItem(user, "update", item)) return "Its work item is no longer one you lead";
      if (!person) return "Its person has been deleted since the preview";
      if (person.erasedAt) return "Its person has been erased since the preview";
      return undefined;
    });
  },
  toRow: (input) => input,
  subject: (_id, row) => (typeof row.personId === "string" ? row.personId : null),
  writtenWith: [],
};

export const kindSpecs: Record<ImportKind, KindSpec> = {
  people: peopleSpec,
  "work-items": workItemSpec,
  involvements: involvementSpec,
};
