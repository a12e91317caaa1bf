/**
 * Undoing an import: exactly the records it created are removed, in one transaction, with an audit
 * entry for each — unless one of them has changed since (edited, or now referred to by another
 * record), when nothing is removed (409). A preview never committed is simply set aside.
 */
import { and, eq, getTableName, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { importRows, imports } from "../../db/schema";
import type { SessionUser } from "../../shared/schemas/users";
import { type Who, writeAudit, writeAudits } from "../audit";
import { rowsOf, sqlState } from "../raw-sql";
import { changedRecord } from "../resource";
import { type KindSpec, kindSpecs } from "./import-kinds";
import { conflict, findImport } from "./imports";

type Reference = { schema: string; table: string; column: string };

/**
 * Every column whose foreign key points at the table, from the database's own catalogue (so a table
 * added later is never missed): whether the delete would fail (restrict), empty it (set null) or
 * take its rows along (cascade), a row there is something that happened since. Only the tables
 * the import writes with its records (writtenWith) are left out.
 */
async function referencesTo(tx: Db, spec: KindSpec): Promise<Reference[]> {
  const rows = await rowsOf<Reference>(
    tx,
    sql`
    select n.nspname as "schema", c.relname as "table", a.attname as "column"
    from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.contype = 'f' and cardinality(k.conkey) = 1
      and k.confrelid = ${getTableName(spec.table)}::regclass
    order by 2, 3`,
  );
  return rows.filter((r) => !spec.writtenWith.includes(r.table));
}

/** How many of an import's records changed since, and the first few rows with why. */
async function changedSince(tx: Db, spec: KindSpec, importId: string) {
  const references = await referencesTo(tx, spec);
  const referenced = references.length
    ? sql.join(
        references.map(
          (ref) =>
            sql`exists (select 1 from ${sql.identifier(ref.schema)}.${sql.identifier(ref.table)} x where x.${sql.identifier(ref.column)} = t.id)`,
        ),
        sql` or `,
      )
    : sql`false`;
  const rows = await rowsOf<{ row: number; edited: boolean; total: number | string }>(
    tx,
    sql`
    select r."row" as "row", (t.version > 1 or t.updated_at > t.created_at) as edited, count(*) over () as total
    from import_rows r join ${spec.table} t on t.id = r.record_id
    where r.import_id = ${importId} and r.outcome = 'new'
      and (t.version > 1 or t.updated_at > t.created_at or ${referenced})
    order by r."row" limit 10`,
  );
  return { total: Number(rows[0]?.total ?? 0), rows };
}

/** Removes what a committed import created (or sets a preview aside). */
export async function undoImport(db: Db, now: Date, who: Who, user: SessionUser, id: string): Promise<void> {
  const found = await findImport(db, id, user);
  if (found.status === "undone") throw conflict("This import was undone already.", "already_undone");
  const spec = kindSpecs[found.kind];
  await db.transaction(async (tx) => {
    // Claimed first: of two undos (or an undo and a commit) at once, the second changes nothing.
    const claimed = await tx
      .update(imports)
      .set({ status: "undone", undoneAt: now })
      .where(and(eq(imports.id, id), eq(imports.status, found.status)))
      .returning({ id: imports.id });
    if (!claimed.length) throw conflict("This import changed while you were undoing it: look again.", "stale_import");
    const statusChange = { field: "status", before: found.status, after: "undone" };
    if (found.status === "previewed") {
      // Never committed: nothing to remove; its rows' data goes.
      await tx.update(importRows).set({ data: null, cells: null }).where(eq(importRows.importId, id));
      await writeAudit(tx, now, who, { action: "update", resource: "imports", recordId: id, changes: [statusChange] });
      return;
    }
    const changed = await changedSince(tx, spec, id);
    if (changed.total)
      throw conflict(
        `${changed.total} of the records this import created ${changed.total === 1 ? "has" : "have"} changed since (edited, or with other records now linked to ${changed.total === 1 ? "it" : "them"}), so nothing was undone. Change or remove ${changed.total === 1 ? "it" : "them"} by hand instead.`,
        "changed_since_import",
        changed.rows.map((r) => ({
          path: `row ${r.row}`,
          message: r.edited ? "Edited since the import" : "Other records now refer to it",
        })),
      );
    let removed: Record<string, unknown>[];
    try {
      removed = (await tx
        .delete(spec.table)
        .where(sql`${spec.table.id} in (select record_id from import_rows where import_id = ${id} and outcome = 'new')`)
        .returning()) as Record<string, unknown>[];
    } catch (error) {
      // A reference the check above could not see (one made in between, a key of several columns):
      // the transaction is rolled back, and the person told, rather than a 500.
      if (sqlState(error) === "23503")
        throw conflict(
          "Another record now refers to one that this import created, so nothing was undone. Change or remove the imported records by hand instead.",
          "changed_since_import",
        );
      throw error;
    }
    const ids = removed.map((row) => String(row.id));
    await spec.afterDelete?.(tx, ids);
    // Undone: the invalid rows' cells go too (invalid.csv answers 410 from now on).
    await tx.update(importRows).set({ data: null, cells: null }).where(eq(importRows.importId, id));
    await writeAudits(
      tx,
      now,
      who,
      removed.map((row) => ({
        action: "delete",
        ...changedRecord(spec.resource, String(row.id), row, spec.subject(String(row.id), row), { importId: id }),
      })),
    );
    await writeAudit(tx, now, who, {
      action: "update",
      resource: "imports",
      recordId: id,
      changes: [statusChange],
      detail: { kind: found.kind, removed: ids.length },
    });
  });
}
