import { queryOptions } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import {
  readAllInvolvements,
  readBursarySummary,
  readEventDetails,
  readPlan,
  readPublicAgenda,
  readSpeakerDiversity,
  readWorkItem,
} from "../../../lib/api/reads";

/**
 * The reports' reads. Their keys sit under ["reports"] (never sharing a page's cache), and
 * they are always refetched when a report opens: a printed report must show the records
 * as they are now. The reads themselves are the ones the pages use.
 */
const report = <T>(key: (string | number)[], read: (signal: AbortSignal) => Promise<T>) =>
  queryOptions({ queryKey: queryKeys.reports(...key), queryFn: ({ signal }) => read(signal), staleTime: 0 });

export const reportWorkItemQuery = (id: string) => report(["work-item", id], (signal) => readWorkItem(id, signal));

/** The involvement decision, or null while undecided. */
export const reportPlanQuery = (id: string) => report(["plan", id], (signal) => readPlan(id, signal));

/**
 * The agenda as it may be published: sessions, speakers and the target. The server names only
 * speakers who consented to be named publicly; for others it sends "Patient speaker", never the name.
 */
export const reportAgendaQuery = (id: string) =>
  report(["public-agenda", id], (signal) => readPublicAgenda(id, signal));

export const reportEventDetailsQuery = (id: string) =>
  report(["event-details", id], (signal) => readEventDetails(id, signal));

export const reportBursarySummaryQuery = (id: string) =>
  report(["bursary-summary", id], (signal) => readBursarySummary(id, signal));

export const reportDiversityQuery = (workItemId: string) =>
  report(["speaker-diversity", workItemId], (signal) => readSpeakerDiversity({ workItemId }, signal));

/** Everyone involved in the item, however many pages. */
export const reportInvolvementsQuery = (workItemId: string) =>
  report(["involvements", workItemId], (signal) => readAllInvolvements({ workItemId }, signal));

/** The headline figures for a reporting year, with the year before beside them. */
export const annualHeadlinesQuery = (year: number) =>
  report(["annual", "headlines", year], (signal) =>
    data(apiClient.GET("/metrics/dashboard", { params: { query: { year } }, signal })),
  );

/** Every dashboard chart's numbers for a reporting year. */
export const annualChartsQuery = (year: number) =>
  report(["annual", "charts", year], (signal) =>
    data(apiClient.GET("/metrics/charts", { params: { query: { year } }, signal })),
  );
