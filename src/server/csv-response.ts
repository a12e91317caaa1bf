import type { CsvValue } from "../shared/csv";
import { csvBom, csvRow } from "../shared/csv";
import { once } from "./once";

/**
 * A CSV response that streams: the header, then each batch of rows as the database returns it.
 * `done` hears how many rows went out, and whether the download finished or was stopped (for the audit), once.
 */
export function csvResponse<T>(
  filename: string,
  header: readonly string[],
  batches: AsyncIterator<T[]>,
  toRow: (item: T) => CsvValue[],
  done: (rows: number, finished: boolean) => Promise<void>,
) {
  const encoder = new TextEncoder();
  let rows = 0;
  let stopped = false;
  const record = once(done);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvBom + csvRow(header)));
    },
    async pull(controller) {
      // Enqueue something on every pull (or close): a pull that adds nothing is never called again.
      for (;;) {
        let batch: IteratorResult<T[]>;
        try {
          batch = await batches.next();
        } catch (error) {
          // The file breaks off: what went out is still recorded.
          await record(rows, false);
          throw error;
        }
        if (stopped) return;
        if (batch.done) {
          // Recorded before the file ends: whoever has the whole file is in the audit.
          await record(rows, true);
          return controller.close();
        }
        if (batch.value.length) {
          rows += batch.value.length;
          return controller.enqueue(encoder.encode(batch.value.map(toRow).map(csvRow).join("")));
        }
      }
    },
    async cancel() {
      // The person stopped the download: stop reading batches, and record what went out.
      stopped = true;
      await batches.return?.();
      await record(rows, false);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
