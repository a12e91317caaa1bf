import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { WorkItem, WorkItemInput, WorkItemPatch } from "../../../shared/schemas/work-item";
import { workItemKeys } from "./queries";

// Each mutation refreshes only what it touched: the item itself and the list pages.

export function useCreateWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkItemInput) => api<WorkItem>("/api/work-items", { method: "POST", body: input }),
    onSuccess: (item) => {
      queryClient.setQueryData(workItemKeys.detail(item.id), item);
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}

export function useUpdateWorkItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: WorkItemPatch) =>
      api<WorkItem>(`/api/work-items/${encodeURIComponent(id)}`, { method: "PATCH", body: patch }),
    onSuccess: (item) => {
      queryClient.setQueryData(workItemKeys.detail(item.id), item);
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}

export function useDeleteWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/work-items/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: workItemKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: workItemKeys.lists() });
    },
  });
}
