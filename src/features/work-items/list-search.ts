import { z } from "zod";
import { isoDate } from "../../shared/schemas/common";
import { planFilter } from "../../shared/schemas/involvement-plan";
import {
  maxPageSize,
  type WorkItemListQuery,
  workItemKind,
  workItemSort,
  workItemStatus,
} from "../../shared/schemas/work-item";

/** A typed search value; numbers typed into the search box arrive from the URL as numbers. */
const text = z
  .preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : String(v)),
    z.string().max(200).optional(),
  )
  .catch(undefined);

/**
 * The Planned work page's state in the URL (filters, sort, page). A bad or hand-edited
 * value falls back to the default instead of breaking the page.
 */
export const workItemsSearch = z.object({
  search: text,
  kind: workItemKind.optional().catch(undefined),
  status: workItemStatus.optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  plan: planFilter.optional().catch(undefined),
  /** Start date range (YYYY-MM-DD), as a dashboard figure's period. */
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  sort: workItemSort.optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).optional().catch(undefined),
});
export type WorkItemsSearch = z.infer<typeof workItemsSearch>;

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

/** The API query for a page state: the same names, so the URL and the request agree. */
export const toListQuery = (search: WorkItemsSearch): WorkItemListQuery => search;
