import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { EqualityAnswers } from "../../../shared/schemas/equality";

/*
 * One person's answers are special-category data: nothing here goes into the query cache.
 * Reads are plain calls made when admin asks (each is audited); mutations keep no data
 * once the form resets them (gcTime 0). The aggregate figures built from the answers
 * ("metrics") are refreshed after a change.
 */

const path = (personId: string) => `/api/people/${encodeURIComponent(personId)}/equality`;
const aggregates = ["metrics"] as const;

/** Admin only, and every call is written to the audit log: call it only when admin presses a button. */
export const readEqualityAnswers = (personId: string) => api<EqualityAnswers>(path(personId));

/** Replaces any answers on record. Admin gets the answers back; other roles get nothing (204). */
export function useSaveEqualityAnswers(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: EqualityAnswers) =>
      api<EqualityAnswers | undefined>(path(personId), { method: "PUT", body: answers }),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aggregates }),
  });
}

export function useDeleteEqualityAnswers(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(path(personId), { method: "DELETE" }),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aggregates }),
  });
}
