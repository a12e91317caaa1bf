import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { TrainingRecord } from "../../../shared/schemas/training";

export type TrainingQuery = { userId?: string; page?: number; pageSize?: number };

export const trainingListQuery = (query: TrainingQuery) =>
  queryOptions({
    queryKey: ["training", "list", query],
    queryFn: ({ signal }) => api<Page<TrainingRecord>>(`/api/training${toQuery(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { userId: string; course: string; completedOn: string }) =>
      api<TrainingRecord>("/api/training", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["training"] }),
  });
}

export function useDeleteTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/training/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["training"] }),
  });
}
