import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { useRecordDeleted, useRecordSaved } from "../../../lib/api/cache";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { PersonInput, PersonListQuery } from "../../../shared/schemas/people";

const keys = queryKeys.people;
const ofPerson = (id: string) => ({ params: { path: { id } } });

export const peopleListQuery = (query: PersonListQuery) =>
  queryOptions({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/people", { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

/** The tags in use (for the filter) and people counted by tag (suppressed and rounded, for every role). */
export const livedExperienceTagsQuery = () =>
  queryOptions({
    queryKey: keys.livedExperienceTags,
    queryFn: ({ signal }) => data(apiClient.GET("/lived-experience-tags", { signal })),
    staleTime: 60_000,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => data(apiClient.GET("/people/{id}", { ...ofPerson(id), signal })),
  });

export function useSavePerson(id?: string) {
  const saved = useRecordSaved(keys);
  return useMutation({
    mutationFn: ({ version, ...body }: PersonInput & { version?: number }) => {
      if (!id) return data(apiClient.POST("/people", { body }));
      if (version === undefined) throw new Error("A change to a person sends the version last read.");
      return data(apiClient.PATCH("/people/{id}", { ...ofPerson(id), body: { ...body, version } }));
    },
    onSuccess: saved,
  });
}

export function useDeletePerson() {
  const deleted = useRecordDeleted(keys);
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/people/{id}", ofPerson(id))),
    onSuccess: (_, id) => deleted(id),
  });
}
