import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { allPages } from "../../../lib/all-pages";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { readBursarySummary } from "../../../lib/api/reads";
import type { BursaryStatus } from "../../../shared/schemas/bursaries";

const keys = queryKeys.bursaries;
const ofBursary = (id: string) => ({ params: { path: { id } } });

/** One event's bursaries, however many pages. */
export const eventBursariesQuery = (workItemId: string) =>
  queryOptions({
    queryKey: keys.list(workItemId),
    queryFn: ({ signal }) =>
      allPages((paging) => data(apiClient.GET("/bursaries", { params: { query: { workItemId, ...paging } }, signal }))),
  });

export const bursarySummaryQuery = (workItemId: string) =>
  queryOptions({
    queryKey: keys.summary(workItemId),
    queryFn: ({ signal }) => readBursarySummary(workItemId, signal),
  });

type NewBursary = RequestBody<"/bursaries", "post">;

export function useCreateBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewBursary) => data(apiClient.POST("/bursaries", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Moves a bursary on; `version` is the one the person saw, so a stale move is refused (409). */
export function useMoveBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: BursaryStatus; version: number }) =>
      data(apiClient.PATCH("/bursaries/{id}", { ...ofBursary(id), body: { status, version } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDeleteBursary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/bursaries/{id}", ofBursary(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
