import { and, arrayContains, asc, desc, eq, ilike, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { people } from "../../db/schema";
import type { Consent, Person, PersonInput, PersonListQuery } from "../../shared/schemas/people";
import { type LoadOptions, withOptions } from "../resource";
import { everyRecord } from "./in-order";

type Row = typeof people.$inferSelect;
type PersonView = Person & { email?: string | null; phone?: string | null; accessNeeds?: string };

const consentOf = (givenOn: string | null, withdrawnOn: string | null): Consent =>
  givenOn ? { givenOn, withdrawnOn } : null;

/** A person as the API returns it; contact details and access needs only when allowed. */
function toPerson(row: Row, withContact: boolean): PersonView {
  return {
    id: row.id,
    name: row.name,
    ...(withContact ? { email: row.email, phone: row.phone } : {}),
    perspectives: row.perspectives,
    livedExperience: row.livedExperience,
    ...(withContact ? { accessNeeds: row.accessNeeds } : {}),
    paymentPreference: row.paymentPreference,
    retentionReviewOn: row.retentionReviewOn,
    consents: {
      contact: consentOf(row.contactGivenOn, row.contactWithdrawnOn),
      equalityMonitoring: consentOf(row.equalityGivenOn, row.equalityWithdrawnOn),
      namedPublicly: consentOf(row.namedGivenOn, row.namedWithdrawnOn),
    },
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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filters and order, shared by the paged list and the export. */
export function peopleListShape(query: PersonListQuery, withContact: boolean) {
  const filters: SQL[] = [];
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    // A search never matches on fields the caller cannot see.
    const fields = withContact ? [people.name, people.email, people.phone] : [people.name];
    filters.push(or(...fields.map((field) => ilike(field, pattern))) as SQL);
  }
  if (query.perspective) filters.push(arrayContains(people.perspectives, [query.perspective]));
  if (query.livedExperience) filters.push(arrayContains(people.livedExperience, [query.livedExperience]));
  const where = filters.length ? and(...filters) : undefined;
  const sort = query.sort ?? "name";
  const direction = sort.startsWith("-") ? desc : asc;
  const column = sortColumns[sort.replace(/^-/, "")] ?? sortColumns.name;
  return { where, orderBy: [sql`${direction(column as SQLWrapper)} nulls last`, direction(people.id)] };
}

/** Every person the list would show, in its order, a batch at a time (for exports). */
export function exportPeople(db: Db, query: PersonListQuery, withContact: boolean) {
  const { where, orderBy } = peopleListShape(query, withContact);
  return everyRecord(
    db
      .select({ id: people.id })
      .from(people)
      .where(where)
      .orderBy(...orderBy),
    people.id,
    (options) => loadPeople(db, options, withContact),
  );
}

/** People as a role may see them, found by `where`. */
export async function loadPeople(db: Db, options: LoadOptions, withContact: boolean) {
  return (await withOptions(db.select().from(people).$dynamic(), options)).map((row) => toPerson(row, withContact));
}

export async function findPersonRow(db: Db, id: string): Promise<Row | null> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

/** The distinct lived-experience tags across the directory, sorted without regard to case. */
export async function listLivedExperienceTags(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select tag from (select distinct unnest(${people.livedExperience}) as tag from ${people}) tags order by lower(tag), tag`,
  );
  // Both drivers answer { rows }; drizzle types the raw result as unknown.
  return (result as unknown as { rows: { tag: string }[] }).rows.map((row) => row.tag);
}
