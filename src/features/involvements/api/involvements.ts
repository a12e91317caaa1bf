import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRecordSaved } from "../../../lib/api/cache";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { type InvolvementsOf, queryKeys } from "../../../lib/api/keys";
import { readAllInvolvements } from "../../../lib/api/reads";
import { isProblem } from "../../../lib/api-client";
import type { InvolvementListQuery } from "../../../shared/schemas/involvements";

const keys = queryKeys.involvements;
const ofInvolvement = (id: string) => ({ params: { path: { id } } });

export const involvementListQuery = (query: InvolvementListQuery) =>
  queryOptions({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/involvements", { params: { query }, signal })),
  });

/** Every involvement of one work item or one person, however many pages: those pages show them all. */
export const allInvolvementsQuery = (filter: InvolvementsOf) =>
  queryOptions({
    queryKey: keys.list({ ...filter, all: true }),
    queryFn: ({ signal }) => readAllInvolvements(filter, signal),
  });

export const involvementQuery = (id: string) =>
  queryOptions({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => data(apiClient.GET("/involvements/{id}", { ...ofInvolvement(id), signal })),
  });

export function useCreateInvolvement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/involvements", "post">) => data(apiClient.POST("/involvements", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.lists() }),
  });
}

/** Adds someone new to the directory from the work item page (no page change). */
export function useQuickAddPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/people", "post">) => data(apiClient.POST("/people", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.people.lists() }),
  });
}

export function useUpdateInvolvement(id: string) {
  const saved = useRecordSaved(keys);
  return useMutation({
    mutationFn: (body: RequestBody<"/involvements/{id}", "patch">) =>
      data(apiClient.PATCH("/involvements/{id}", { ...ofInvolvement(id), body })),
    onSuccess: saved,
  });
}

export { rateCardsQuery } from "../../../lib/api/reads";

/** The fee the rate in force on a date suggests; null when none is in force. */
export const suggestedFeeQuery = (query: { activity: string; quantity: number; on: string }) =>
  queryOptions({
    queryKey: queryKeys.rateCards.suggest(query),
    queryFn: async ({ signal }) => {
      try {
        return await data(apiClient.GET("/rate-cards/suggest", { params: { query }, signal }));
      } catch (error) {
        if (isProblem(error, 404)) return null;
        throw error;
      }
    },
  });
