import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Dashboard, DashboardCharts, DashboardQuery } from "../../../shared/schemas/metrics";

export const dashboardKeys = {
  all: ["metrics", "dashboard"] as const,
  figures: (query: DashboardQuery) => [...dashboardKeys.all, query] as const,
  charts: (query: DashboardQuery) => [...dashboardKeys.all, "charts", query] as const,
};

const queryString = (query: DashboardQuery) => toQuery(query as Record<string, string | number | undefined>);

/** The headline figures for a period, team and kind of work, with the previous period's beside them. */
export const dashboardFiguresQuery = (query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.figures(query),
    queryFn: ({ signal }) => api<Dashboard>(`/api/metrics/dashboard${queryString(query)}`, { signal }),
    // Keep the last figures on screen while a new filter loads: no flash of an empty page.
    placeholderData: keepPreviousData,
  });

/** The dashboard's charts as tables of numbers (what each chart draws, its table shows and its CSV holds). */
export const dashboardChartsQuery = (query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.charts(query),
    queryFn: ({ signal }) => api<DashboardCharts>(`/api/metrics/charts${queryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
