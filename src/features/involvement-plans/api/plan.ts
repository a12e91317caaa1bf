import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiProblem, api } from "../../../lib/api-client";
import type { InvolvementPlan, InvolvementPlanPut } from "../../../shared/schemas/involvement-plan";

export const planKey = (workItemId: string) => ["work-items", "plan", workItemId] as const;

/** The decision, or null while the item is undecided (a 404 is an answer here). */
export const planQuery = (workItemId: string) =>
  queryOptions({
    queryKey: planKey(workItemId),
    queryFn: async ({ signal }) => {
      try {
        return await api<InvolvementPlan>(`/api/work-items/${encodeURIComponent(workItemId)}/plan`, { signal });
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });

export function useSavePlan(workItemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvolvementPlanPut) =>
      api<InvolvementPlan>(`/api/work-items/${encodeURIComponent(workItemId)}/plan`, { method: "PUT", body }),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(workItemId), plan);
      // The item and the list show its level, and the list filters on "undecided".
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ["work-items", "detail", workItemId] }),
        queryClient.invalidateQueries({ queryKey: ["work-items", "list"] }),
      ]);
    },
  });
}
