import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { Feedback, FeedbackInput, FeedbackListQuery } from "../../../shared/schemas/feedback";

export const feedbackKeys = {
  lists: () => ["feedback", "list"] as const,
  list: (query: FeedbackListQuery) => ["feedback", "list", query] as const,
  detail: (id: string) => ["feedback", "detail", id] as const,
};

export const feedbackListQuery = (query: FeedbackListQuery) =>
  queryOptions({
    queryKey: feedbackKeys.list(query),
    queryFn: ({ signal }) =>
      api<Page<Feedback>>(`/api/feedback${toQuery(query as Record<string, string | number | undefined>)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const feedbackQuery = (id: string) =>
  queryOptions({
    queryKey: feedbackKeys.detail(id),
    queryFn: ({ signal }) => api<Feedback>(`/api/feedback/${encodeURIComponent(id)}`, { signal }),
  });

export function useSaveFeedback(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackInput & { version?: number }) =>
      id
        ? api<Feedback>(`/api/feedback/${encodeURIComponent(id)}`, { method: "PATCH", body })
        : api<Feedback>("/api/feedback", { method: "POST", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(feedbackKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() });
    },
  });
}
