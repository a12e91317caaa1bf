import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { Person } from "../../../shared/schemas/people";

const keys = queryKeys.people;
const ofPerson = (id: string) => ({ params: { path: { id } } });

/** Every give and withdraw of a person's consents, newest first; read again when their record's version moves on. */
export const consentHistoryQuery = (personId: string, version: number) =>
  queryOptions({
    queryKey: keys.consentHistory(personId, version),
    queryFn: async ({ signal }) =>
      (await data(apiClient.GET("/people/{id}/consents/history", { ...ofPerson(personId), signal }))).items,
    // The same person's history stays on screen while the next version's loads.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === personId ? previous : undefined),
  });

const readSubjectAccess = (personId: string, signal?: AbortSignal) =>
  data(apiClient.GET("/people/{id}/subject-access", { ...ofPerson(personId), signal }));

/** The subject access document as the API sends it. */
export type SubjectAccess = Awaited<ReturnType<typeof readSubjectAccess>>;

/**
 * Everything held about one person. Each read is recorded in the audit, so it is read once per
 * visit (not on window focus) and not kept once the page is left.
 */
export const subjectAccessQuery = (personId: string) =>
  queryOptions({
    queryKey: keys.subjectAccess(personId),
    queryFn: ({ signal }) => readSubjectAccess(personId, signal),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export const retentionPageSize = 25;

/** People whose retention review date has passed, oldest first (admin only). */
export function retentionDueQuery(page: number | undefined) {
  const query = { retention: "due", page, pageSize: retentionPageSize } as const;
  return queryOptions({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/people", { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** After an erasure or a review, the person shows as they now are, and lists and counts are read again. */
function usePersonChanged() {
  const queryClient = useQueryClient();
  return (person: Person) => {
    queryClient.setQueryData(keys.detail(person.id), person);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.lists() }),
      // The dashboard's count of reviews due.
      queryClient.invalidateQueries({ queryKey: queryKeys.metrics.all }),
    ]);
  };
}

/** Erases a person: their identity goes, their contributions stay without it (admin). */
export function useErasePerson() {
  const queryClient = useQueryClient();
  const changed = usePersonChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      data(apiClient.POST("/people/{id}/erase", { ...ofPerson(id), body: { reason } })),
    onSuccess: (erased) => {
      // Their consent history was deleted with them.
      queryClient.removeQueries({ queryKey: keys.consentHistory(erased.id) });
      return changed(erased);
    },
  });
}

/** Keeps a person for another year: their next retention review moves on to `until`. */
export function useKeepPerson() {
  const changed = usePersonChanged();
  return useMutation({
    mutationFn: ({ id, until, version }: { id: string; until: string; version: number }) =>
      data(apiClient.PATCH("/people/{id}", { ...ofPerson(id), body: { retentionReviewOn: until, version } })),
    onSuccess: changed,
  });
}
