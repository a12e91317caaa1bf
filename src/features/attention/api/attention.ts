import { queryOptions } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";

/**
 * What needs the signed-in user's attention: the page and the navigation badge share it. Every
 * save marks it stale (src/app/app.tsx); a minute keeps the badge from asking on every page.
 */
export const attentionQuery = () =>
  queryOptions({
    queryKey: queryKeys.attention,
    queryFn: ({ signal }) => data(apiClient.GET("/attention", { signal })),
    staleTime: 60_000,
  });
