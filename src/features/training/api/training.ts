import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { queryKeys, type TrainingQuery } from "../../../lib/api/keys";

const keys = queryKeys.training;

export const trainingListQuery = (query: TrainingQuery) =>
  queryOptions({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/training", { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/training", "post">) => data(apiClient.POST("/training", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDeleteTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/training/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
