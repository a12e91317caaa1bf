import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { EqualityAnswers } from "../../../shared/schemas/equality";

/*
 * One person's answers are special-category data: nothing here goes into the query cache.
 * Reads are plain calls made when admin asks (each is audited); mutations keep no data
 * once the form resets them (gcTime 0). The aggregate figures built from the answers
 * ("metrics") are refreshed after a change.
 */

const ofPerson = (id: string) => ({ params: { path: { id } } });

/** Admin only, and every call is written to the audit log: call it only when admin presses a button. */
export const readEqualityAnswers = (personId: string) =>
  data(apiClient.GET("/people/{id}/equality", ofPerson(personId)));

/** Replaces any answers on record. Admin gets the answers back; other roles get nothing (204). */
export function useSaveEqualityAnswers(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EqualityAnswers) =>
      data(apiClient.PUT("/people/{id}/equality", { ...ofPerson(personId), body })),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.metrics.all }),
  });
}

export function useDeleteEqualityAnswers(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(apiClient.DELETE("/people/{id}/equality", ofPerson(personId))),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.metrics.all }),
  });
}
