import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  isNull,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { Db } from "../../db/database";
import { people } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { type Actor, canReviewRetention, canSeePersonalDetails } from "../../shared/permissions";
import type { LivedExperienceTags } from "../../shared/schemas/lived-experience";
import type { Consent, Person, PersonInput, PersonListQuery } from "../../shared/schemas/people";
import { type PublicationRule, publishCount } from "../../shared/suppression";
import { ApiError, forbidden } from "../problem";
import { rowsOf } from "../raw-sql";
import { type LoadOptions, withOptions } from "../resource";
import { everyRecord } from "./in-order";

type Row = typeof people.$inferSelect;

const consentOf = (givenOn: string | null, withdrawnOn: string | null): Consent =>
  givenOn ? { givenOn, withdrawnOn } : null;

/**
 * A person as the API returns it; contact details, lived experience and access needs only for the
 * roles that may see them (canSeePersonalDetails): for the others the keys are absent.
 */
function toPerson(row: Row, lastInvolvementOn: string | null, withPersonal: boolean): Person {
  return {
    id: row.id,
    name: row.name,
    ...(withPersonal ? { email: row.email, phone: row.phone } : {}),
    perspectives: row.perspectives,
    ...(withPersonal ? { livedExperience: row.livedExperience, accessNeeds: row.accessNeeds } : {}),
    paymentPreference: row.paymentPreference,
    retentionReviewOn: row.retentionReviewOn,
    consents: {
      contact: consentOf(row.contactGivenOn, row.contactWithdrawnOn),
      equalityMonitoring: consentOf(row.equalityGivenOn, row.equalityWithdrawnOn),
      namedPublicly: consentOf(row.namedGivenOn, row.namedWithdrawnOn),
    },
    erasedAt: row.erasedAt?.toISOString() ?? null,
    lastInvolvementOn,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns a person is kept in: each consent as two dates. */
export function toColumns(input: PersonInput) {
  const { consents, ...rest } = input;
  return {
    ...rest,
    contactGivenOn: consents.contact?.givenOn ?? null,
    contactWithdrawnOn: consents.contact?.withdrawnOn ?? null,
    equalityGivenOn: consents.equalityMonitoring?.givenOn ?? null,
    equalityWithdrawnOn: consents.equalityMonitoring?.withdrawnOn ?? null,
    namedGivenOn: consents.namedPublicly?.givenOn ?? null,
    namedWithdrawnOn: consents.namedPublicly?.withdrawnOn ?? null,
  };
}

const sortColumns: Record<string, SQLWrapper> = {
  name: sql`lower(${people.name})`,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  retentionReviewOn: people.retentionReviewOn,
};

/** What a caller's role and the day decide about the list: which fields it may search, whether it may ask who is due. */
export type PeopleListRules = { withPersonal: boolean; retentionReviewer: boolean; today: string };

export const peopleListRules = (user: Actor, now: Date): PeopleListRules => ({
  withPersonal: canSeePersonalDetails(user),
  retentionReviewer: canReviewRetention(user),
  today: calendarDate(now),
});

/**
 * The last day of any of a person's involvements: its end, else its start (one with no dates of its
 * own is left out: an invitation to a conference months ahead is not a day they took part).
 * `people.id` written out: drizzle names a column without its table in an insert's or update's
 * returning, where a bare "id" is the involvement's own.
 */
const lastInvolvementOn = sql<string | null>`(select max(coalesce(i.end_date, i.start_date))::text
  from involvements i where i.person_id = people.id)`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const aggregateOnly = "Your role sees lived experience only in aggregate, as counts by tag, not who has it.";

/** A filter on lived experience by a role that may not see it would say who has it: refused, never ignored. */
const livedExperienceFilterRefused = () =>
  new ApiError(403, "Forbidden", aggregateOnly, [{ path: "livedExperience", message: aggregateOnly }], {
    code: "aggregate_only",
  });

/**
 * The list's filters and order, shared by the paged list and the export. A search matches the name,
 * and for roles that may see them contact details and lived-experience tags: never a field the
 * caller cannot see.
 */
export function peopleListShape(query: PersonListQuery, { withPersonal, retentionReviewer, today }: PeopleListRules) {
  const filters: SQL[] = [];
  if (query.livedExperience && !withPersonal) throw livedExperienceFilterRefused();
  if (query.retention && !retentionReviewer) throw forbidden("Only admin reviews who is due for a retention review.");
  if (query.retention === "due") {
    // Oldest first; an erased person has nothing left to review.
    filters.push(sql`${people.retentionReviewOn} <= ${today}::date`, isNull(people.erasedAt));
  }
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    const fields = withPersonal ? [people.name, people.email, people.phone] : [people.name];
    const tagMatches = sql`exists (select 1 from unnest(${people.livedExperience}) as tag where tag ilike ${pattern})`;
    filters.push(or(...fields.map((field) => ilike(field, pattern)), ...(withPersonal ? [tagMatches] : [])) as SQL);
  }
  if (query.perspective) filters.push(arrayContains(people.perspectives, [query.perspective]));
  if (query.livedExperience) filters.push(arrayContains(people.livedExperience, [query.livedExperience]));
  const where = filters.length ? and(...filters) : undefined;
  const sort = query.sort ?? (query.retention === "due" ? "retentionReviewOn" : "name");
  const direction = sort.startsWith("-") ? desc : asc;
  const column = sortColumns[sort.replace(/^-/, "")] ?? sortColumns.name;
  return { where, orderBy: [sql`${direction(column as SQLWrapper)} nulls last`, direction(people.id)] };
}

/** Every person the list would show, in its order, a batch at a time (for exports). */
export function exportPeople(db: Db, query: PersonListQuery, rules: PeopleListRules) {
  const { where, orderBy } = peopleListShape(query, rules);
  return everyRecord(
    db
      .select({ id: people.id })
      .from(people)
      .where(where)
      .orderBy(...orderBy),
    people.id,
    (options) => loadPeople(db, options, rules.withPersonal),
  );
}

/** People as a role may see them, found by `where`. */
export async function loadPeople(db: Db, options: LoadOptions, withPersonal: boolean) {
  const query = db.select({ row: people, lastInvolvementOn }).from(people).$dynamic();
  return (await withOptions(query, options)).map((r) => toPerson(r.row, r.lastInvolvementOn, withPersonal));
}

/** How many people are due a retention review on `today` (not erased). */
export async function retentionDueCount(db: Db, today: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(people)
    .where(and(sql`${people.retentionReviewOn} <= ${today}::date`, isNull(people.erasedAt)));
  return row?.n ?? 0;
}

export async function findPersonRow(db: Db, id: string): Promise<Row | null> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

/**
 * The distinct lived-experience tags across the directory, sorted without regard to case, and how
 * many people have each (a person once, whatever the tag's repeats), published under the rule:
 * an aggregate no role needs to see a name for.
 */
export async function livedExperienceTagsOf(db: Db, rule: PublicationRule): Promise<LivedExperienceTags> {
  const rows = await rowsOf<{ tag: string; people: number }>(
    db,
    sql`select tag, count(distinct id)::int as people
        from (select ${people.id} as id, unnest(${people.livedExperience}) as tag from ${people}) tags
        group by tag order by lower(tag), tag`,
  );
  return {
    items: rows.map((row) => row.tag),
    threshold: rule.threshold,
    roundingBase: rule.base,
    rounded: rule.base > 1,
    counts: rows.map((row) => {
      const { count, suppressed } = publishCount(Number(row.people), rule);
      return { tag: row.tag, people: count, suppressed };
    }),
  };
}
