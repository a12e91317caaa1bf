/**
 * How long an import keeps what the file said (ADR 018, amendment): import_rows hold whatever the
 * spreadsheet had — access needs, lived experience, free text — so it goes as soon as it is not
 * needed. A preview not committed within a day expires (its rows' data and cells are cleared; a
 * commit then is refused); a committed import keeps its invalid rows' cells a week, for invalid.csv;
 * an undone one keeps nothing. There is no scheduler: the clearing runs at the start of every import
 * request, one update in the database, and erasure clears what it can link to the person.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { ukDate } from "../../shared/calendar-date";
import { formatPence } from "../../shared/money-text";
import type { ImportKind } from "../../shared/schemas/imports";
import type { ImportRowMatch, SubjectAccess } from "../../shared/schemas/privacy";
import { ApiError } from "../problem";
import { rowsOf } from "../raw-sql";

/** A preview not committed within this long expires. */
export const previewLifetimeHours = 24;
/** A committed import's invalid rows stay downloadable this long. */
export const invalidRowsLifetimeDays = 7;

const hours = (n: number) => n * 60 * 60 * 1000;
const previewCutoff = (now: Date) => new Date(now.getTime() - hours(previewLifetimeHours));
const invalidRowsCutoff = (now: Date) => new Date(now.getTime() - hours(24 * invalidRowsLifetimeDays));

type Dated = { status: string; createdAt: Date; committedAt: Date | null };

/** When the import's copy of the file goes (or went); null once undone (it went then). */
export function importDataExpiresAt(found: Dated): Date | null {
  if (found.status === "previewed") return new Date(found.createdAt.getTime() + hours(previewLifetimeHours));
  if (found.status === "committed" && found.committedAt)
    return new Date(found.committedAt.getTime() + hours(24 * invalidRowsLifetimeDays));
  return null;
}

/** Whether the import's copy of the file is gone by `now` (the rows may be cleared already or later today). */
export function importDataExpired(found: Dated, now: Date): boolean {
  const expiresAt = importDataExpiresAt(found);
  return expiresAt === null || expiresAt <= now;
}

export const previewExpired = () =>
  new ApiError(
    409,
    "Conflict",
    `This preview has expired: a preview is kept for ${previewLifetimeHours} hours, and then what the file said is deleted. Upload the file again to preview it afresh.`,
    undefined,
    { code: "preview_expired" },
  );

export const invalidRowsGone = () =>
  new ApiError(
    410,
    "Gone",
    `The invalid rows of this import have been deleted: they are kept ${invalidRowsLifetimeDays} days after a commit (${previewLifetimeHours} hours for a preview), and not at all after an undo. Fix the rows in your own copy of the file and import them again.`,
    undefined,
    { code: "invalid_rows_expired" },
  );

/**
 * Clears what expired imports still hold, in one statement: the imports table is small (one row per
 * upload), and each expired import's rows are found by the primary key's import_id prefix.
 */
export async function expireImportData(db: Db, now: Date): Promise<void> {
  await db.execute(sql`update import_rows r set data = null, cells = null
    where r.import_id in (
        select i.id from imports i
        where (i.status = 'previewed' and i.created_at <= ${previewCutoff(now)})
           or (i.status = 'committed' and i.committed_at <= ${invalidRowsCutoff(now)})
           or i.status = 'undone')
      and (r.data is not null or r.cells is not null)`);
}

/**
 * The kept import rows (`r`) that can be linked to the person (`p`): a row that became or names
 * their record, and any row with a cell (or a checked value) equal to their name or email. Free
 * text elsewhere in a row cannot be linked to anyone; that is why rows expire.
 */
const rowNamesPerson = sql`(r.data is not null or r.cells is not null)
      and (r.record_id = p.id
        or r.data->>'personId' = p.id::text
        or lower(trim(r.data->>'name')) = lower(trim(p.name))
        or lower(trim(r.data->>'email')) = lower(trim(p.email))
        or exists (select 1 from jsonb_array_elements_text(coalesce(r.cells, '[]'::jsonb)) c(v)
          where lower(trim(c.v)) in (lower(trim(p.name)), lower(trim(coalesce(p.email, p.name))))))`;

const cellValues = sql`jsonb_array_elements_text(coalesce(r.cells, '[]'::jsonb)) c(v)`;

/** How a kept row is linked to the person: their record, their email, or their name alone. */
const matchedBy = sql<ImportRowMatch>`case
      when r.record_id = p.id or r.data->>'personId' = p.id::text then 'record'
      when p.email is not null and (lower(trim(r.data->>'email')) = lower(trim(p.email))
        or exists (select 1 from ${cellValues} where lower(trim(c.v)) = lower(trim(p.email)))) then 'email'
      else 'name' end`;

/** An email in the row that is not theirs. */
const anotherEmail = sql`(nullif(trim(r.data->>'email'), '') is not null
        and lower(trim(r.data->>'email')) is distinct from lower(trim(p.email))
      or exists (select 1 from ${cellValues}
        where position('@' in c.v) > 0 and lower(trim(c.v)) is distinct from lower(trim(p.email))))`;

/**
 * The rows that are the person's, not a namesake's: linked to their record or their email, or by
 * their name in a row that holds no other email. What a subject access document discloses, and what
 * a deletion clears (a namesake's preview stays committable). Erasure clears every row that may be
 * theirs (rowNamesPerson), since clearing too much there loses only a working copy.
 */
const rowIsTheirs = sql`${rowNamesPerson} and (${matchedBy} <> 'name' or not ${anotherEmail})`;

/** A person, by id (read from their row) or by the values their row had (once it is deleted). */
export type PersonRef = string | { id: string; name: string; email: string | null };

/** The person as a one-row source `p(id, name, email)` for rowNamesPerson. */
const personSource = (person: PersonRef) =>
  typeof person === "string"
    ? sql`(select id, name, email from people where id = ${person}) as p(id, name, email)`
    : sql`(values (${person.id}::uuid, ${person.name}::text, ${person.email}::text)) as p(id, name, email)`;

/**
 * On erasure (`may be theirs`) or deletion (`theirs`): the import rows linked to the person lose
 * what they hold. By id, run it before their row is cleared (it reads their name and email); once
 * the row is deleted, pass the values it had.
 */
export async function forgetImportRowsOf(db: Db, person: PersonRef, which: "may be theirs" | "theirs"): Promise<void> {
  await db.execute(sql`update import_rows r set data = null, cells = null
    from ${personSource(person)}
    where ${which === "theirs" ? rowIsTheirs : rowNamesPerson}`);
}

/** One kept import row that names the person, as a subject access document lists it. */
type HeldImportRow = SubjectAccess["importRows"][number];

type KeptRow = {
  importId: string;
  fileName: string;
  kind: ImportKind;
  status: string;
  createdAt: Date | string;
  committedAt: Date | string | null;
  createdByName: string;
  header: string[];
  row: number;
  cells: string[] | null;
  data: Record<string, unknown> | null;
  matchedBy: ImportRowMatch;
};

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));
/** A checked record's field name in words: accessNeeds → "access needs". */
const fieldWords = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * A checked record as named values, the way a person reads them: nested values (a consent's dates)
 * under their parent's name, money in pounds, dates in UK form, lists joined; nothing empty.
 */
function describedFields(value: unknown, name: string, into: { name: string; value: string }[]) {
  if (value === null || value === undefined || value === "") return into;
  if (Array.isArray(value)) {
    const text = value.map(String).join(", ");
    if (text) into.push({ name, value: text });
  } else if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) describedFields(item, `${name} ${fieldWords(key)}`.trim(), into);
  } else if (typeof value === "number" && name.endsWith(" pence")) {
    into.push({ name: name.slice(0, -" pence".length), value: formatPence(value) });
  } else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    into.push({ name, value: ukDate(value) });
  } else into.push({ name, value: String(value) });
  return into;
}

/**
 * The kept import rows that name the person (for a subject access request): whatever a preview or
 * an import's invalid rows still hold about them until it expires. Expired rows are cleared first,
 * so the document lists only what is really still held.
 */
export async function importRowsOf(db: Db, personId: string, now: Date): Promise<HeldImportRow[]> {
  await expireImportData(db, now);
  const kept = await rowsOf<KeptRow>(
    db,
    sql`select i.id as "importId", i.file_name as "fileName", i.kind, i.status, i.created_at as "createdAt",
        i.committed_at as "committedAt", i.created_by_name as "createdByName", i.header, r.row, r.cells, r.data,
        ${matchedBy} as "matchedBy"
      from import_rows r
      join imports i on i.id = r.import_id
      cross join ${personSource(personId)}
      where ${rowIsTheirs}
      order by i.created_at, i.id, r.row`,
  );
  return kept.map((found) => {
    const createdAt = asDate(found.createdAt) as Date;
    const values = found.cells
      ? found.cells.map((cell, i) => ({ name: found.header[i] || `Column ${i + 1}`, value: cell }))
      : describedFields(found.data, "", []);
    return {
      importId: found.importId,
      fileName: found.fileName,
      kind: found.kind,
      importedAt: createdAt.toISOString(),
      importedByName: found.createdByName,
      row: found.row,
      matchedBy: found.matchedBy,
      values: values.filter((v) => v.value.trim() !== ""),
      deletedBy:
        importDataExpiresAt({
          status: found.status,
          createdAt,
          committedAt: asDate(found.committedAt),
        })?.toISOString() ?? null,
    };
  });
}
