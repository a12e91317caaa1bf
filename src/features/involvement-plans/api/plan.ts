import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { readPlan } from "../../../lib/api/reads";
import type { InvolvementPlanPut } from "../../../shared/schemas/involvement-plans";

const keys = queryKeys.workItems;

/** The decision, or null while the item is undecided. */
export const planQuery = (workItemId: string) =>
  queryOptions({
    queryKey: keys.plan(workItemId),
    queryFn: ({ signal }) => readPlan(workItemId, signal),
  });

export function useSavePlan(workItemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvolvementPlanPut) =>
      data(apiClient.PUT("/work-items/{id}/plan", { params: { path: { id: workItemId } }, body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(keys.plan(workItemId), plan);
      // The item and the list show its level, and the list filters on "undecided".
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.detail(workItemId) }),
        queryClient.invalidateQueries({ queryKey: keys.lists() }),
      ]);
    },
  });
}
