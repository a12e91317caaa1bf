import { type QueryKey, useQueryClient } from "@tanstack/react-query";

type RecordKeys = { detail: (id: string) => QueryKey; lists: () => QueryKey };

/** After a save: the record shows at once where it is open, and its lists are read again. */
export function useRecordSaved(keys: RecordKeys) {
  const queryClient = useQueryClient();
  return (saved: { id: string }) => {
    queryClient.setQueryData(keys.detail(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: keys.lists() });
  };
}

/** After a delete: the record is forgotten, and its lists are read again. */
export function useRecordDeleted(keys: RecordKeys) {
  const queryClient = useQueryClient();
  return (id: string) => {
    queryClient.removeQueries({ queryKey: keys.detail(id) });
    return queryClient.invalidateQueries({ queryKey: keys.lists() });
  };
}
