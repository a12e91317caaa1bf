/**
 * The records an import's rows name — teams, leads, people, work items — found by name, email,
 * title or id, a few queries for the whole file; and each name resolved to one record, or to a
 * message saying why not (none, or several).
 */
import { and, isNull, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { involvements, people, teams, users, workItems } from "../../db/schema";
import { isUuid } from "../../shared/choices";
import type { WorkItemKind } from "../../shared/schemas/work-items";

/** `expression` is one of `values`: one parameter (a JSON array) however many there are. */
export const inTexts = (expression: SQLWrapper, values: readonly string[]): SQL =>
  sql`${expression} in (select jsonb_array_elements_text(${JSON.stringify([...new Set(values)])}::jsonb))`;

/** `column` (a uuid) is one of `ids`, the column's index usable. */
export const inUuids = (column: SQLWrapper, ids: readonly string[]): SQL =>
  sql`${column} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify([...new Set(ids)])}::jsonb))`;

/** How names are compared: trimmed, case ignored. */
export const nameKey = (text: string) => text.trim().toLowerCase();

type Found<T> = { item: T; error?: undefined } | { item?: undefined; error: string };

/** Records found by id and by a few keys (name, email, title…), for resolving what a cell names. */
export class Lookup<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private readonly byKey = new Map<string, T[]>();

  constructor(items: readonly T[], keys: (item: T) => readonly (string | null)[]) {
    for (const item of items) {
      this.byId.set(item.id.toLowerCase(), item);
      for (const key of new Set(keys(item))) {
        if (key === null) continue;
        const list = this.byKey.get(key) ?? [];
        list.push(item);
        this.byKey.set(key, list);
      }
    }
  }

  /** The one record a key names; else how many do (0, or 2 and more). */
  find(key: string): Found<T> | { count: number } {
    const id = isUuid(key) ? this.byId.get(key.toLowerCase()) : undefined;
    if (id) return { item: id };
    const list = this.byKey.get(nameKey(key)) ?? [];
    return list.length === 1 && list[0] ? { item: list[0] } : { count: list.length };
  }

  /** The record, or the message for none or several. */
  resolve(key: string, none: string, several: (count: number) => string): Found<T> {
    const found = this.find(key);
    if ("count" in found) return { error: found.count === 0 ? none : several(found.count) };
    return found;
  }

  get size() {
    return this.byId.size;
  }
}

const quoted = (text: string) => `"${text.trim()}"`;
const isEmail = (text: string) => text.includes("@");

export type TeamRef = { id: string; name: string };
export async function teamLookup(db: Db) {
  const rows = await db.select({ id: teams.id, name: teams.name }).from(teams);
  return new Lookup<TeamRef>(rows, (team) => [nameKey(team.name)]);
}
export function resolveTeam(lookup: Lookup<TeamRef>, text: string) {
  return lookup.resolve(
    text,
    `Not found: no team is called ${quoted(text)}; use a team's name as the Planned work page shows it`,
    (n) => `Ambiguous: ${n} teams are called ${quoted(text)} (ignoring case); use the team's id instead`,
  );
}

export type UserRef = { id: string; name: string; email: string };
export async function userLookup(db: Db) {
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users);
  return new Lookup<UserRef>(rows, (user) => [nameKey(user.name), nameKey(user.email)]);
}
export function resolveLead(lookup: Lookup<UserRef>, text: string) {
  return lookup.resolve(
    text,
    isEmail(text)
      ? `Not found: no user has the email ${quoted(text)}`
      : `Not found: no user is called ${quoted(text)}; give the lead's name or email`,
    (n) => `Ambiguous: ${n} users are called ${quoted(text)}; give the lead's email instead`,
  );
}

export type PersonRef = { id: string; name: string; email: string | null };

/** People (never an erased one) with any of these emails or names, or ids. */
export async function peopleNamed(db: Db, texts: readonly string[]) {
  const keys = texts.map(nameKey);
  const ids = texts.filter(isUuid).map((t) => t.toLowerCase());
  const found = await db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(
      and(
        isNull(people.erasedAt),
        or(
          inTexts(sql`lower(trim(${people.email}))`, keys),
          inTexts(sql`lower(trim(${people.name}))`, keys),
          ...(ids.length ? [inUuids(people.id, ids)] : []),
        ),
      ),
    );
  return new Lookup<PersonRef>(found, (person) => [nameKey(person.name), person.email ? nameKey(person.email) : null]);
}
export function resolvePerson(lookup: Lookup<PersonRef>, text: string) {
  return lookup.resolve(
    text,
    isEmail(text)
      ? `Not found: no person in the directory has the email ${quoted(text)}`
      : `Not found: no person in the directory is called ${quoted(text)}`,
    (n) =>
      isEmail(text)
        ? `Ambiguous: ${n} people have the email ${quoted(text)}; use the person's id instead`
        : `Ambiguous: ${n} people are called ${quoted(text)}; give their email instead`,
  );
}

export type WorkItemRef = { id: string; title: string; leadId: string; kind: WorkItemKind; startDate: string };

/** What a reference to a work item needs: the same columns whether found by title or by id. */
const workItemRefColumns = {
  id: workItems.id,
  title: workItems.title,
  leadId: workItems.leadId,
  kind: workItems.kind,
  startDate: workItems.startDate,
};

/** Work items with any of these titles (case ignored), or ids. */
export async function workItemsTitled(db: Db, texts: readonly string[]) {
  const ids = texts.filter(isUuid).map((t) => t.toLowerCase());
  const found = await db
    .select(workItemRefColumns)
    .from(workItems)
    .where(
      or(
        inTexts(sql`lower(trim(${workItems.title}))`, texts.map(nameKey)),
        ...(ids.length ? [inUuids(workItems.id, ids)] : []),
      ),
    );
  return new Lookup<WorkItemRef>(found, (item) => [nameKey(item.title)]);
}
export function resolveWorkItem(lookup: Lookup<WorkItemRef>, text: string) {
  return lookup.resolve(
    text,
    `Not found: no work item is titled ${quoted(text)}`,
    (n) => `Ambiguous: ${n} work items are titled ${quoted(text)}; use the work item's id instead`,
  );
}

/** The involvements already on these work items: work item, person and role. */
export async function involvementsOn(db: Db, workItemIds: readonly string[]) {
  if (!workItemIds.length) return [];
  return db
    .select({
      id: involvements.id,
      workItemId: involvements.workItemId,
      personId: involvements.personId,
      role: involvements.role,
    })
    .from(involvements)
    .where(inUuids(involvements.workItemId, workItemIds));
}

/** Work items with these (lower-cased) titles: their titles and start dates, for matching. */
export async function workItemsByTitle(db: Db, titles: readonly string[]) {
  if (!titles.length) return [];
  return db
    .select({ id: workItems.id, title: workItems.title, startDate: workItems.startDate })
    .from(workItems)
    .where(inTexts(sql`lower(trim(${workItems.title}))`, titles));
}

/**
 * People (not erased) with these emails or names (trimmed, lower-cased), for matching; with the keys
 * they were found by, compared in the database (lower(trim(…))) so that namesakes all come back.
 */
export async function peopleByEmailOrName(db: Db, emails: readonly string[], names: readonly string[]) {
  if (!emails.length && !names.length) return [];
  const emailKey = sql<string | null>`lower(trim(${people.email}))`;
  const nameKeyOf = sql<string>`lower(trim(${people.name}))`;
  return db
    .select({ id: people.id, name: people.name, email: people.email, emailKey, nameKey: nameKeyOf })
    .from(people)
    .where(and(isNull(people.erasedAt), or(inTexts(emailKey, emails), inTexts(nameKeyOf, names))));
}

/*
 * The records a commit's rows name, by id, as they are now: read again in the commit's transaction
 * and locked (for share) until it ends, so that nothing they are checked against changes under it.
 */

const uuids = (ids: readonly string[]) => ids.filter(isUuid);

export async function teamsWithIds(db: Db, ids: readonly string[]) {
  const list = uuids(ids);
  if (!list.length) return new Set<string>();
  const rows = await db.select({ id: teams.id }).from(teams).where(inUuids(teams.id, list)).for("share");
  return new Set(rows.map((r) => r.id));
}

export async function usersWithIds(db: Db, ids: readonly string[]) {
  const list = uuids(ids);
  if (!list.length) return new Set<string>();
  const rows = await db.select({ id: users.id }).from(users).where(inUuids(users.id, list)).for("share");
  return new Set(rows.map((r) => r.id));
}

export async function workItemsWithIds(db: Db, ids: readonly string[]) {
  const list = uuids(ids);
  if (!list.length) return new Map<string, WorkItemRef>();
  const rows = await db.select(workItemRefColumns).from(workItems).where(inUuids(workItems.id, list)).for("share");
  return new Map(rows.map((r) => [r.id, r]));
}

export async function peopleWithIds(db: Db, ids: readonly string[]) {
  const list = uuids(ids);
  if (!list.length) return new Map<string, { id: string; erasedAt: Date | null }>();
  const rows = await db
    .select({ id: people.id, erasedAt: people.erasedAt })
    .from(people)
    .where(inUuids(people.id, list))
    .for("share");
  return new Map(rows.map((r) => [r.id, r]));
}
