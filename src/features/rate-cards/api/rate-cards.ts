import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data, type RequestBody } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";

const keys = queryKeys.rateCards;
const ofRate = (id: string) => ({ params: { path: { id } } });

export { rateCardsQuery } from "../../../lib/api/reads";

export const readRate = (id: string) => data(apiClient.GET("/rate-cards/{id}", ofRate(id)));

/** A change to any rate refreshes the list and every suggested fee worked out from them. */
export function useAddRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/rate-cards", "post">) => data(apiClient.POST("/rate-cards", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateRate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<"/rate-cards/{id}", "patch">) =>
      data(apiClient.PATCH("/rate-cards/{id}", { ...ofRate(id), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
