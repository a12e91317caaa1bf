import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { DashboardQuery } from "../../../shared/schemas/metrics";

/** The headline figures for a period, team and kind of work, with the previous period's beside them. */
export const dashboardFiguresQuery = (query: DashboardQuery) =>
  queryOptions({
    queryKey: queryKeys.metrics.dashboard(query),
    queryFn: ({ signal }) => data(apiClient.GET("/metrics/dashboard", { params: { query }, signal })),
    // Keep the last figures on screen while a new filter loads: no flash of an empty page.
    placeholderData: keepPreviousData,
  });

/** The dashboard's charts as tables of numbers (what each chart draws, its table shows and its CSV holds). */
export const dashboardChartsQuery = (query: DashboardQuery) =>
  queryOptions({
    queryKey: queryKeys.metrics.charts(query),
    queryFn: ({ signal }) => data(apiClient.GET("/metrics/charts", { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
