import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import type { WorkItemInput, WorkItemPatch } from "../../../shared/schemas/work-items";
import { workItemKeys } from "./queries";

// Each mutation refreshes only what it touched: the item itself and the list pages.

const ofItem = (id: string) => ({ params: { path: { id } } });

export function useCreateWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkItemInput) => data(apiClient.POST("/work-items", { body })),
    onSuccess: (item) => {
      queryClient.setQueryData(workItemKeys.detail(item.id), item);
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}

export function useUpdateWorkItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkItemPatch) => data(apiClient.PATCH("/work-items/{id}", { ...ofItem(id), body })),
    onSuccess: (item) => {
      queryClient.setQueryData(workItemKeys.detail(item.id), item);
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}

export function useDeleteWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/work-items/{id}", ofItem(id))),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: workItemKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}
