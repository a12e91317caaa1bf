import { urlChoice, urlDate, urlId, urlInt, urlPage, urlSearch, urlText } from "../../lib/list-search";
import { maxPageSize, planFilters, workItemKinds, workItemSortValues, workItemStatuses } from "../../shared/choices";
import type { WorkItemListQuery } from "../../shared/schemas/work-items";

/**
 * The Planned work page's state in the URL (filters, sort, page). A bad or hand-edited
 * value falls back to the default instead of breaking the page.
 */
export const workItemsSearch = urlSearch({
  search: urlText,
  kind: urlChoice(workItemKinds),
  status: urlChoice(workItemStatuses),
  teamId: urlId,
  plan: urlChoice(planFilters),
  /** Start date range (YYYY-MM-DD), as a dashboard figure's period. */
  from: urlDate,
  to: urlDate,
  sort: urlChoice(workItemSortValues),
  page: urlPage,
  pageSize: urlInt(1, maxPageSize),
});
export type WorkItemsSearch = ReturnType<typeof workItemsSearch>;

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

/** The API query for a page state: the same names, so the URL and the request agree. */
export const toListQuery = (search: WorkItemsSearch): WorkItemListQuery => search;
