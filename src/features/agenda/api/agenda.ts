import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { type DiversityScope, queryKeys } from "../../../lib/api/keys";
import {
  readAllInvolvements,
  readEventDetails,
  readPublicAgenda,
  readSessions,
  readSpeakerDiversity,
} from "../../../lib/api/reads";

export type { DiversityScope };

const ofItem = (id: string) => ({ params: { path: { id } } });

export const sessionsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: queryKeys.agenda.sessions(workItemId),
    queryFn: ({ signal }) => readSessions(workItemId, signal),
  });

/**
 * The speakers as the agenda shows them (named only with consent, "Patient speaker" otherwise)
 * and the target. Always refetched when the page opens: a consent given or withdrawn on a
 * person's page changes what the agenda says.
 */
export const publishedAgendaQuery = (workItemId: string) =>
  queryOptions({
    queryKey: queryKeys.agenda.published(workItemId),
    queryFn: ({ signal }) => readPublicAgenda(workItemId, signal),
    staleTime: 0,
  });

/** Everyone involved in the event (speakers of every status, advisers), however many pages. */
export const eventInvolvementsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: queryKeys.involvements.list({ workItemId, all: true }),
    queryFn: ({ signal }) => readAllInvolvements({ workItemId }, signal),
  });

export const eventDetailsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: queryKeys.agenda.details(workItemId),
    queryFn: ({ signal }) => readEventDetails(workItemId, signal),
  });

export const diversityQuery = (scope: DiversityScope) =>
  queryOptions({
    queryKey: queryKeys.metrics.speakerDiversity(scope),
    queryFn: ({ signal }) => readSpeakerDiversity(scope, signal),
  });

/** After any agenda change: the sessions, the target, the people involved and the figures. */
function useRefreshEvent(workItemId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.agenda.of(workItemId), queryKeys.involvements.all, queryKeys.metrics.all, queryKeys.workItems.all].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useAddSession(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (body: RequestBody<"/work-items/{id}/sessions", "post">) =>
      data(apiClient.POST("/work-items/{id}/sessions", { ...ofItem(workItemId), body })),
    onSuccess: refresh,
  });
}

export function useRemoveSession(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/sessions/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

type NewSpeaker = Omit<RequestBody<"/involvements", "post">, "workItemId">;

export function useAddSpeaker(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (body: NewSpeaker) => data(apiClient.POST("/involvements", { body: { workItemId, ...body } })),
    onSuccess: refresh,
  });
}

export function useSaveEventDetails(workItemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/work-items/{id}/event-details", "put">) =>
      data(apiClient.PUT("/work-items/{id}/event-details", { ...ofItem(workItemId), body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(eventDetailsQuery(workItemId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: queryKeys.bursaries.all });
    },
  });
}
