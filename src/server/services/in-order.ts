import { type AnyColumn, inArray } from "drizzle-orm";
import type { LoadOptions } from "../resource";

/**
 * Exports read every row of a list. Paging with OFFSET re-reads the skipped rows on every
 * batch (quadratic), so an export first reads the ids in the list's order (one sort, ids
 * only), then loads the rows by primary key a batch at a time (ADR 008).
 */
const exportBatchSize = 1000;

/** Rows for `ids`, loaded a batch at a time and yielded in the order of `ids`; rows deleted meanwhile are skipped. */
export async function* inOrderOf<T extends { id: string }>(
  ids: readonly string[],
  load: (ids: string[]) => Promise<T[]>,
  size = exportBatchSize,
): AsyncGenerator<T[]> {
  for (let start = 0; start < ids.length; start += size) {
    const batch = ids.slice(start, start + size);
    const byId = new Map((await load(batch)).map((row) => [row.id, row]));
    const rows = batch.flatMap((id) => byId.get(id) ?? []);
    if (rows.length) yield rows; // a batch deleted meanwhile yields nothing, not an empty batch
  }
}

/** Every record a list finds, in its order: `ids` is the list's filter and sort reading ids only. */
export async function* everyRecord<T extends { id: string }>(
  ids: Promise<{ id: string }[]>,
  idColumn: AnyColumn,
  load: (options: LoadOptions) => Promise<T[]>,
): AsyncGenerator<T[]> {
  yield* inOrderOf(
    (await ids).map((row) => row.id),
    (batch) => load({ where: inArray(idColumn, batch) }),
  );
}
