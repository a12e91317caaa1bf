import { useMutation } from "@tanstack/react-query";
import { useRecordDeleted, useRecordSaved } from "../../../lib/api/cache";
import { apiClient, data } from "../../../lib/api/client";
import type { WorkItemInput, WorkItemPatch } from "../../../shared/schemas/work-items";
import { workItemKeys } from "./queries";

// Each mutation refreshes only what it touched: the item itself and the list pages.

const ofItem = (id: string) => ({ params: { path: { id } } });

export function useCreateWorkItem() {
  const saved = useRecordSaved(workItemKeys);
  return useMutation({
    mutationFn: (body: WorkItemInput) => data(apiClient.POST("/work-items", { body })),
    onSuccess: saved,
  });
}

export function useUpdateWorkItem(id: string) {
  const saved = useRecordSaved(workItemKeys);
  return useMutation({
    mutationFn: (body: WorkItemPatch) => data(apiClient.PATCH("/work-items/{id}", { ...ofItem(id), body })),
    onSuccess: saved,
  });
}

export function useDeleteWorkItem() {
  const deleted = useRecordDeleted(workItemKeys);
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/work-items/{id}", ofItem(id))),
    onSuccess: (_, id) => deleted(id),
  });
}
