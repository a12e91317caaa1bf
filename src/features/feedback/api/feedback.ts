import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { useRecordSaved } from "../../../lib/api/cache";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { FeedbackInput, FeedbackListQuery } from "../../../shared/schemas/feedback";

const keys = queryKeys.feedback;
const ofFeedback = (id: string) => ({ params: { path: { id } } });

export const feedbackListQuery = (query: FeedbackListQuery) =>
  queryOptions({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/feedback", { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const feedbackQuery = (id: string) =>
  queryOptions({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => data(apiClient.GET("/feedback/{id}", { ...ofFeedback(id), signal })),
  });

export function useSaveFeedback(id?: string) {
  const saved = useRecordSaved(keys);
  return useMutation({
    mutationFn: ({ version, ...body }: FeedbackInput & { version?: number }) => {
      if (!id) return data(apiClient.POST("/feedback", { body }));
      if (version === undefined) throw new Error("A change to feedback sends the version last read.");
      return data(apiClient.PATCH("/feedback/{id}", { ...ofFeedback(id), body: { ...body, version } }));
    },
    onSuccess: saved,
  });
}
