import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { Team } from "../../../shared/schemas/team";
import type { UserSummary } from "../../../shared/schemas/user";
import type { WorkItem, WorkItemListQuery } from "../../../shared/schemas/work-item";

export const workItemKeys = {
  all: ["work-items"] as const,
  lists: () => [...workItemKeys.all, "list"] as const,
  list: (query: WorkItemListQuery) => [...workItemKeys.lists(), query] as const,
  detail: (id: string) => [...workItemKeys.all, "detail", id] as const,
};

export const workItemListQuery = (query: WorkItemListQuery) =>
  queryOptions({
    queryKey: workItemKeys.list(query),
    queryFn: ({ signal }) =>
      api<Page<WorkItem>>(`/api/work-items${toQuery(query as Record<string, string | number | undefined>)}`, {
        signal,
      }),
    // Keep showing the last page while the next one loads: no flash of empty table.
    placeholderData: keepPreviousData,
  });

export const workItemQuery = (id: string) =>
  queryOptions({
    queryKey: workItemKeys.detail(id),
    queryFn: ({ signal }) => api<WorkItem>(`/api/work-items/${encodeURIComponent(id)}`, { signal }),
  });

/** Teams and users change rarely: fetched once per session, shared by list and forms. */
export const teamsQuery = () =>
  queryOptions({
    queryKey: ["teams"],
    queryFn: ({ signal }) => api<{ items: Team[] }>("/api/teams", { signal }).then((r) => r.items),
    staleTime: 10 * 60_000,
  });

export const usersQuery = () =>
  queryOptions({
    queryKey: ["users"],
    queryFn: ({ signal }) => api<{ items: UserSummary[] }>("/api/users", { signal }).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
