import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { readWorkItem } from "../../../lib/api/reads";
import type { WorkItemListQuery } from "../../../shared/schemas/work-items";

export const workItemKeys = queryKeys.workItems;

export const workItemListQuery = (query: WorkItemListQuery) =>
  queryOptions({
    queryKey: workItemKeys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/work-items", { params: { query }, signal })),
    // Keep showing the last page while the next one loads: no flash of empty table.
    placeholderData: keepPreviousData,
  });

export const workItemQuery = (id: string) =>
  queryOptions({
    queryKey: workItemKeys.detail(id),
    queryFn: ({ signal }) => readWorkItem(id, signal),
  });

/** Teams and users change rarely: fetched once per session, shared by list and forms. */
export const teamsQuery = () =>
  queryOptions({
    queryKey: queryKeys.teams,
    queryFn: async ({ signal }) => (await data(apiClient.GET("/teams", { signal }))).items,
    staleTime: 10 * 60_000,
  });

export const usersQuery = () =>
  queryOptions({
    queryKey: queryKeys.users.summaries,
    queryFn: async ({ signal }) => (await data(apiClient.GET("/users", { signal }))).items,
    staleTime: 10 * 60_000,
  });

/**
 * The item's budget against commitments. `planVersion` is its decision's (null: undecided), which
 * holds the budget; undefined while the decision is still loading (nothing is fetched yet).
 */
export const workItemBudgetQuery = (id: string, planVersion: number | null | undefined) =>
  queryOptions({
    queryKey: queryKeys.involvements.budgetOf(id, planVersion ?? null),
    enabled: planVersion !== undefined,
    queryFn: ({ signal }) => data(apiClient.GET("/work-items/{id}/budget", { params: { path: { id } }, signal })),
  });
