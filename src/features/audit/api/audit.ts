import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { paths } from "../../../lib/api/schema.gen";
import type { AuditQuery } from "../../../shared/schemas/audit";

/** A page of the audit log, newest first (admin only). Read afresh whenever it is shown. */
export const auditListQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) => data(apiClient.GET("/audit", { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** An entry as the API sends it. */
export type LoggedEntry = paths["/audit"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
