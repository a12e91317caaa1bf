import { queryOptions } from "@tanstack/react-query";
import { allPages } from "../../../lib/all-pages";
import { ApiProblem, api, toQuery } from "../../../lib/api-client";
import type { AgendaSession, AgendaTarget, EventDetails } from "../../../shared/schemas/agenda";
import type { BursarySummary } from "../../../shared/schemas/bursary";
import type { SpeakerDiversity } from "../../../shared/schemas/equality";
import type { Involvement } from "../../../shared/schemas/involvement";
import type { InvolvementPlan } from "../../../shared/schemas/involvement-plan";
import type { Dashboard, DashboardCharts } from "../../../shared/schemas/metrics";
import type { WorkItem } from "../../../shared/schemas/work-item";

/**
 * The reports' own reads. Their keys sit under ["reports"] (never sharing another
 * feature's key with a different shape), and they are always refetched when a report
 * opens: a printed report must show the records as they are now.
 */
const fresh = { staleTime: 0 } as const;
const item = (id: string) => `/api/work-items/${encodeURIComponent(id)}`;

export const reportWorkItemQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "work-item", id],
    queryFn: ({ signal }) => api<WorkItem>(item(id), { signal }),
    ...fresh,
  });

/** The involvement decision, or null while undecided (a 404 is an answer here). */
export const reportPlanQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "plan", id],
    queryFn: async ({ signal }) => {
      try {
        return await api<InvolvementPlan>(`${item(id)}/plan`, { signal });
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    ...fresh,
  });

export const reportSessionsQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "sessions", id],
    queryFn: ({ signal }) => api<{ items: AgendaSession[] }>(`${item(id)}/sessions`, { signal }).then((r) => r.items),
    ...fresh,
  });

export const reportAgendaTargetQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "agenda-target", id],
    queryFn: ({ signal }) => api<AgendaTarget>(`${item(id)}/agenda-target`, { signal }),
    ...fresh,
  });

export const reportEventDetailsQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "event-details", id],
    queryFn: ({ signal }) => api<EventDetails>(`${item(id)}/event-details`, { signal }),
    ...fresh,
  });

export const reportBursarySummaryQuery = (id: string) =>
  queryOptions({
    queryKey: ["reports", "bursary-summary", id],
    queryFn: ({ signal }) => api<BursarySummary>(`${item(id)}/bursary-summary`, { signal }),
    ...fresh,
  });

export const reportDiversityQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["reports", "speaker-diversity", workItemId],
    queryFn: ({ signal }) =>
      api<SpeakerDiversity>(`/api/metrics/speaker-diversity${toQuery({ workItemId })}`, { signal }),
    ...fresh,
  });

/** Everyone involved in the item, however many pages. */
export const reportInvolvementsQuery = (workItemId: string) =>
  queryOptions({
    queryKey: ["reports", "involvements", workItemId],
    queryFn: ({ signal }) => allPages<Involvement>("/api/involvements", { workItemId }, signal),
    ...fresh,
  });

/** The headline figures for a reporting year, with the year before beside them. */
export const annualHeadlinesQuery = (year: number) =>
  queryOptions({
    queryKey: ["reports", "annual", "headlines", year],
    queryFn: ({ signal }) => api<Dashboard>(`/api/metrics/dashboard${toQuery({ year })}`, { signal }),
    ...fresh,
  });

/** Every dashboard chart's numbers for a reporting year. */
export const annualChartsQuery = (year: number) =>
  queryOptions({
    queryKey: ["reports", "annual", "charts", year],
    queryFn: ({ signal }) => api<DashboardCharts>(`/api/metrics/charts${toQuery({ year })}`, { signal }),
    ...fresh,
  });
