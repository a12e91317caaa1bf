import { type RegisteredRouter, type RouteById, type RouteIds, useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";

type RouteId = RouteIds<RegisteredRouter["routeTree"]>;
type Change = { replace?: boolean };

/**
 * A list page's state in the URL (parsed by its route's search parser, src/lib/list-search.ts), and the ways to
 * change it. Each change is a history entry unless `replace` is asked for; a default
 * value is left out of the URL.
 */
export function useListSearch<const TId extends RouteId>(from: TId) {
  type Search = RouteById<RegisteredRouter["routeTree"], TId>["types"]["fullSearchSchema"];
  const search = useSearch({ from }) as Search;
  const navigate = useNavigate();

  /** Change some values, keep the rest (e.g. a setting that does not change the list). */
  const setSearch = useCallback(
    (changes: Partial<Search>, { replace = false }: Change = {}) =>
      void navigate({
        to: ".",
        search: (previous: object) => ({ ...previous, ...changes }),
        replace,
      } as never),
    [navigate],
  );

  /** Change filters (or sort, or page size): the list starts again at its first page. */
  const setFilters = useCallback(
    (changes: Partial<Search>, options?: Change) => setSearch({ ...changes, page: undefined }, options),
    [setSearch],
  );

  /** Go to a page of the list; the first page stays out of the URL. */
  const setPage = useCallback(
    (page: number) => setSearch({ page: page === 1 ? undefined : page } as Partial<Search>),
    [setSearch],
  );

  return { search, setSearch, setFilters, setPage };
}
