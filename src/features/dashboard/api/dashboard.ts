import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Dashboard, DashboardQuery } from "../../../shared/schemas/metrics";

export const dashboardKeys = {
  all: ["metrics", "dashboard"] as const,
  figures: (query: DashboardQuery) => [...dashboardKeys.all, query] as const,
};

/** The headline figures for a period, team and kind of work, with the previous period's beside them. */
export const dashboardFiguresQuery = (query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.figures(query),
    queryFn: ({ signal }) =>
      api<Dashboard>(`/api/metrics/dashboard${toQuery(query as Record<string, string | number | undefined>)}`, {
        signal,
      }),
    // Keep the last figures on screen while a new filter loads: no flash of an empty page.
    placeholderData: keepPreviousData,
  });
