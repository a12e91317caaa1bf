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
import { ApiError } from "../problem";

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
 * On erasure: the import rows that can be linked to the person lose what they hold — a row that
 * became or names their record, and any kept row with a cell (or a checked value) equal to their
 * name or email. Free text elsewhere in a row cannot be linked to anyone; that is why rows expire.
 * Run before the person's row is cleared (it reads their name and email).
 */
export async function forgetImportRowsOf(db: Db, personId: string): Promise<void> {
  await db.execute(sql`update import_rows r set data = null, cells = null
    from people p
    where p.id = ${personId}
      and (r.data is not null or r.cells is not null)
      and (r.record_id = p.id
        or r.data->>'personId' = p.id::text
        or lower(trim(r.data->>'name')) = lower(trim(p.name))
        or lower(trim(r.data->>'email')) = lower(trim(p.email))
        or exists (select 1 from jsonb_array_elements_text(coalesce(r.cells, '[]'::jsonb)) c(v)
          where lower(trim(c.v)) in (lower(trim(p.name)), lower(trim(coalesce(p.email, p.name))))))`);
}
