import type { Page } from "../shared/schemas/common";

/** The API's largest page. */
const pageSize = 100;

/**
 * Every item of one filtered list, read a page at a time: for views that must show the
 * whole of something (an event's speakers, a report's involvements), where stopping at
 * the first page would leave people out without saying so.
 */
export async function allPages<T>(pageOf: (paging: { page: number; pageSize: number }) => Promise<Page<T>>) {
  const first = await pageOf({ page: 1, pageSize });
  const pages = Math.ceil(first.total / pageSize);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf({ page: i + 2, pageSize })),
  );
  const items = [first, ...rest].flatMap((page) => page.items);
  return { items, total: first.total, page: 1, pageSize: Math.max(items.length, 1) };
}
