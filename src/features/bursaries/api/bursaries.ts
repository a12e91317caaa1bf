import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { allPages } from "../../../lib/all-pages";
import { api } from "../../../lib/api-client";
import type { Bursary, BursaryStatus, BursarySummary } from "../../../shared/schemas/bursary";

/** Everything bursary-related sits under ["bursaries"], so one invalidation refreshes list and summary. */
export const bursaryKeys = {
  all: () => ["bursaries"] as const,
  list: (workItemId: string) => ["bursaries", "list", { workItemId, all: true }] as const,
  summary: (workItemId: string) => ["bursaries", "summary", workItemId] as const,
};

/** One event's bursaries, however many pages. */
export const eventBursariesQuery = (workItemId: string) =>
  queryOptions({
    queryKey: bursaryKeys.list(workItemId),
    queryFn: ({ signal }) => allPages<Bursary>("/api/bursaries", { workItemId }, signal),
  });

export const bursarySummaryQuery = (workItemId: string) =>
  queryOptions({
    queryKey: bursaryKeys.summary(workItemId),
    queryFn: ({ signal }) =>
      api<BursarySummary>(`/api/work-items/${encodeURIComponent(workItemId)}/bursary-summary`, { signal }),
  });

export type NewBursary = {
  workItemId: string;
  personId: string;
  status: BursaryStatus;
  ticketValuePence: number;
  travelPence: number;
  accommodationPence: number;
  carePence: number;
};

export function useCreateBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewBursary) => api<Bursary>("/api/bursaries", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bursaryKeys.all() }),
  });
}

/** Moves a bursary on; `version` is the one the person saw, so a stale move is refused (409). */
export function useMoveBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: BursaryStatus; version: number }) =>
      api<Bursary>(`/api/bursaries/${encodeURIComponent(id)}`, { method: "PATCH", body: { status, version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bursaryKeys.all() }),
  });
}

export function useDeleteBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/bursaries/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bursaryKeys.all() }),
  });
}
