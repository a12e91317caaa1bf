import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { allPages } from "../../../lib/all-pages";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { Involvement, InvolvementListQuery } from "../../../shared/schemas/involvement";
import type { Person } from "../../../shared/schemas/person";

export const involvementKeys = {
  lists: () => ["involvements", "list"] as const,
  list: (query: InvolvementListQuery) => ["involvements", "list", query] as const,
  detail: (id: string) => ["involvements", "detail", id] as const,
};

export const involvementListQuery = (query: InvolvementListQuery) =>
  queryOptions({
    queryKey: involvementKeys.list(query),
    queryFn: ({ signal }) =>
      api<Page<Involvement>>(`/api/involvements${toQuery(query as Record<string, string | number | undefined>)}`, {
        signal,
      }),
  });

/** Every involvement of one work item or one person, however many pages: those pages show them all. */
export const allInvolvementsQuery = (filter: { workItemId: string } | { personId: string }) =>
  queryOptions({
    queryKey: [...involvementKeys.lists(), { ...filter, all: true }],
    queryFn: ({ signal }) => allPages<Involvement>("/api/involvements", filter, signal),
  });

export const involvementQuery = (id: string) =>
  queryOptions({
    queryKey: involvementKeys.detail(id),
    queryFn: ({ signal }) => api<Involvement>(`/api/involvements/${encodeURIComponent(id)}`, { signal }),
  });

export function useCreateInvolvement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { workItemId: string; personId: string; role: string }) =>
      api<Involvement>("/api/involvements", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: involvementKeys.lists() }),
  });
}

/** Adds someone new to the directory from the work item page (no page change). */
export function useQuickAddPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; perspectives: string[] }) =>
      api<Person>("/api/people", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["people", "list"] }),
  });
}

export function useUpdateInvolvement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number }) =>
      api<Involvement>(`/api/involvements/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(involvementKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: involvementKeys.lists() });
    },
  });
}
