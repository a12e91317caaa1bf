import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { allPages } from "../../../lib/all-pages";
import { api, toQuery } from "../../../lib/api-client";
import type { AgendaSession, AgendaTarget, EventDetails } from "../../../shared/schemas/agenda";
import type { SpeakerDiversity } from "../../../shared/schemas/equality";
import type { Involvement } from "../../../shared/schemas/involvement";

const item = (id: string) => `/api/work-items/${encodeURIComponent(id)}`;

export const sessionsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["agenda", workItemId, "sessions"],
    queryFn: ({ signal }) =>
      api<{ items: AgendaSession[] }>(`${item(workItemId)}/sessions`, { signal }).then((r) => r.items),
  });

export const agendaTargetQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["agenda", workItemId, "target"],
    queryFn: ({ signal }) => api<AgendaTarget>(`${item(workItemId)}/agenda-target`, { signal }),
  });

/** Everyone involved in the event (speakers of every status, advisers), however many pages. */
export const eventInvolvementsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["involvements", "list", { workItemId, all: true }],
    queryFn: ({ signal }) => allPages<Involvement>("/api/involvements", { workItemId }, signal),
  });

export const eventDetailsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["agenda", workItemId, "details"],
    queryFn: ({ signal }) => api<EventDetails>(`${item(workItemId)}/event-details`, { signal }),
  });

export type DiversityScope = { workItemId?: string; from?: string; to?: string; teamId?: string; kind?: string };

export const diversityQuery = (scope: DiversityScope) =>
  queryOptions({
    queryKey: ["metrics", "speaker-diversity", scope],
    queryFn: ({ signal }) => api<SpeakerDiversity>(`/api/metrics/speaker-diversity${toQuery(scope)}`, { signal }),
  });

/** After any agenda change: the sessions, the target, the people involved and the figures. */
function useRefreshEvent(workItemId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["agenda", workItemId] }),
      queryClient.invalidateQueries({ queryKey: ["involvements"] }),
      queryClient.invalidateQueries({ queryKey: ["metrics"] }),
      queryClient.invalidateQueries({ queryKey: ["work-items"] }),
    ]);
}

export function useAddSession(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (body: { title: string; startsAt: string; format: string }) =>
      api<AgendaSession>(`${item(workItemId)}/sessions`, { method: "POST", body }),
    onSuccess: refresh,
  });
}

export function useRemoveSession(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}

export type NewSpeaker = {
  personId: string;
  role: string;
  status: string;
  sessionId: string;
  ask: string;
  expectations: string;
};

export function useAddSpeaker(workItemId: string) {
  const refresh = useRefreshEvent(workItemId);
  return useMutation({
    mutationFn: (body: NewSpeaker) =>
      api<Involvement>("/api/involvements", { method: "POST", body: { workItemId, ...body } }),
    onSuccess: refresh,
  });
}

export function useSaveEventDetails(workItemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<EventDetails, "workItemId">) =>
      api<EventDetails>(`${item(workItemId)}/event-details`, { method: "PUT", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(eventDetailsQuery(workItemId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: ["bursaries"] });
    },
  });
}
