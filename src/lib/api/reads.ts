import { queryOptions } from "@tanstack/react-query";
import { allPages } from "../all-pages";
import { isProblem } from "../api-client";
import { apiClient, data } from "./client";
import { type DiversityScope, type InvolvementsOf, queryKeys } from "./keys";

/**
 * Reads that more than one feature shows (an event's page and its printed report, the
 * Dashboard and the annual report): written once, typed by the API document.
 */
const ofItem = (id: string) => ({ params: { path: { id } } });

export const readWorkItem = (id: string, signal?: AbortSignal) =>
  data(apiClient.GET("/work-items/{id}", { ...ofItem(id), signal }));

/** The involvement decision, or null while the item is undecided (a 404 is an answer here). */
export async function readPlan(id: string, signal?: AbortSignal) {
  try {
    return await data(apiClient.GET("/work-items/{id}/plan", { ...ofItem(id), signal }));
  } catch (error) {
    if (isProblem(error, 404)) return null;
    throw error;
  }
}

export const readSessions = async (id: string, signal?: AbortSignal) =>
  (await data(apiClient.GET("/work-items/{id}/sessions", { ...ofItem(id), signal }))).items;

/** The agenda as it may be published: speakers named only with their consent ("Patient speaker" otherwise). */
export const readPublicAgenda = (id: string, signal?: AbortSignal) =>
  data(apiClient.GET("/work-items/{id}/public-agenda", { ...ofItem(id), signal }));

export const readEventDetails = (id: string, signal?: AbortSignal) =>
  data(apiClient.GET("/work-items/{id}/event-details", { ...ofItem(id), signal }));

export const readBursarySummary = (id: string, signal?: AbortSignal) =>
  data(apiClient.GET("/work-items/{id}/bursary-summary", { ...ofItem(id), signal }));

export const readSpeakerDiversity = (scope: DiversityScope, signal?: AbortSignal) =>
  data(apiClient.GET("/metrics/speaker-diversity", { params: { query: scope }, signal }));

/** Every involvement of one work item or one person, however many pages. */
export const readAllInvolvements = (filter: InvolvementsOf, signal?: AbortSignal) =>
  allPages((paging) => data(apiClient.GET("/involvements", { params: { query: { ...filter, ...paging } }, signal })));

/** Every rate card, each activity's newest first: the Rate cards page and the fee's activity choice both read it. */
export const rateCardsQuery = () =>
  queryOptions({
    queryKey: queryKeys.rateCards.list,
    queryFn: ({ signal }) =>
      allPages((paging) => data(apiClient.GET("/rate-cards", { params: { query: paging }, signal }))),
  });
