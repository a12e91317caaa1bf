import { z } from "zod";
import { urlDate, urlId, urlPage, urlParam, urlText } from "../../lib/list-search";
import { planFilter } from "../../shared/schemas/involvement-plans";
import {
  maxPageSize,
  type WorkItemListQuery,
  workItemKind,
  workItemSort,
  workItemStatus,
} from "../../shared/schemas/work-items";

/**
 * The Planned work page's state in the URL (filters, sort, page). A bad or hand-edited
 * value falls back to the default instead of breaking the page.
 */
export const workItemsSearch = z.object({
  search: urlText,
  kind: urlParam(workItemKind),
  status: urlParam(workItemStatus),
  teamId: urlId,
  plan: urlParam(planFilter),
  /** Start date range (YYYY-MM-DD), as a dashboard figure's period. */
  from: urlDate,
  to: urlDate,
  sort: urlParam(workItemSort),
  page: urlPage,
  pageSize: urlParam(z.coerce.number().int().min(1).max(maxPageSize)),
});
export type WorkItemsSearch = z.infer<typeof workItemsSearch>;

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

/** The API query for a page state: the same names, so the URL and the request agree. */
export const toListQuery = (search: WorkItemsSearch): WorkItemListQuery => search;
