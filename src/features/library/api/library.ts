import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { Page } from "../../../shared/schemas/common";
import type { LibraryEnquiry } from "../../../shared/schemas/library-enquiry";

type ByMonth = { items: { month: string; total: number; fromPublic: number }[] };

export const enquiriesQuery = (page: number | undefined, pageSize = 25) =>
  queryOptions({
    queryKey: ["library-enquiries", "list", { page }],
    queryFn: ({ signal }) =>
      api<Page<LibraryEnquiry>>(`/api/library-enquiries${toQuery({ page, pageSize })}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const enquiriesByMonthQuery = () =>
  queryOptions({
    queryKey: ["library-enquiries", "by-month"],
    queryFn: ({ signal }) => api<ByMonth>("/api/library-enquiries/by-month", { signal }),
  });

export function useLogEnquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<LibraryEnquiry>("/api/library-enquiries", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["library-enquiries"] }),
  });
}
