import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";

const keys = queryKeys.libraryEnquiries;

export const enquiriesQuery = (page: number | undefined, pageSize = 25) =>
  queryOptions({
    queryKey: keys.list(page),
    queryFn: ({ signal }) =>
      data(apiClient.GET("/library-enquiries", { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });

export const enquiriesByMonthQuery = () =>
  queryOptions({
    queryKey: keys.byMonth,
    queryFn: ({ signal }) => data(apiClient.GET("/library-enquiries/by-month", { signal })),
  });

export function useLogEnquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/library-enquiries", "post">) =>
      data(apiClient.POST("/library-enquiries", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
