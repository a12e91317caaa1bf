import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { Person, PersonInput, PersonListQuery } from "../../../shared/schemas/person";

export const peopleKeys = {
  lists: () => ["people", "list"] as const,
  list: (query: PersonListQuery) => ["people", "list", query] as const,
  detail: (id: string) => ["people", "detail", id] as const,
};

export const peopleListQuery = (query: PersonListQuery) =>
  queryOptions({
    queryKey: peopleKeys.list(query),
    queryFn: ({ signal }) =>
      api<Page<Person>>(`/api/people${toQuery(query as Record<string, string | number | undefined>)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const livedExperienceTagsQuery = () =>
  queryOptions({
    queryKey: ["people", "lived-experience-tags"],
    queryFn: ({ signal }) =>
      api<{ items: string[] }>("/api/lived-experience-tags", { signal }).then((reply) => reply.items),
    staleTime: 60_000,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) => api<Person>(`/api/people/${encodeURIComponent(id)}`, { signal }),
  });

export function useSavePerson(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonInput & { version?: number }) =>
      id
        ? api<Person>(`/api/people/${encodeURIComponent(id)}`, { method: "PATCH", body })
        : api<Person>("/api/people", { method: "POST", body }),
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), person);
      return queryClient.invalidateQueries({ queryKey: peopleKeys.lists() });
    },
  });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/people/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: peopleKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: peopleKeys.lists() });
    },
  });
}
