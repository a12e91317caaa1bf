import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, apiHref, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { isProblem } from "../../../lib/api-client";
import type { ImportKind, ImportMapping } from "../../../shared/schemas/imports";

/** Only this page reads imports, so its keys live here; what an import changes is refreshed by the shared keys. */
export const importKeys = {
  all: ["imports"],
  list: (page: number) => ["imports", "list", { page }],
} as const;

export const historyPageSize = 10;

/** The history, newest first, a page at a time (a lead's own imports only: the API decides). */
export const importHistoryQuery = (page: number) =>
  queryOptions({
    queryKey: importKeys.list(page),
    queryFn: ({ signal }) =>
      data(apiClient.GET("/imports", { params: { query: { page, pageSize: historyPageSize } }, signal })),
    placeholderData: keepPreviousData,
  });

export type Upload = {
  kind: ImportKind;
  file: File;
  sheet?: string | undefined;
  mapping?: ImportMapping | undefined;
  /** A preview this one replaces: set aside once the new one is made. */
  supersedes?: string | undefined;
};

/** Removes a preview the person has moved on from; one already gone (or committed meanwhile) is left be. */
async function setAside(id: string) {
  try {
    await apiClient.DELETE("/imports/{id}", { params: { path: { id } } });
  } catch (problem) {
    if (!isProblem(problem, 404) && !isProblem(problem, 409)) throw problem;
  }
}

/**
 * Uploads the file for a preview (nothing is written). The superseded preview is set aside only
 * after the new one is made: were the upload refused, the one on screen could still be committed.
 */
export function usePreviewImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file, sheet, mapping, supersedes }: Upload) => {
      const form = new FormData();
      form.append("kind", kind);
      form.append("file", file, file.name);
      if (sheet) form.append("sheet", sheet);
      if (mapping) form.append("mapping", JSON.stringify(mapping));
      const created = await data(
        apiClient.POST("/imports", {
          // The document types the binary part as text; what is sent is the form with the File itself.
          body: { kind, file: file.name },
          bodySerializer: () => form,
        }),
      );
      if (supersedes) await setAside(supersedes).catch(() => {});
      return created;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}

/** Everything an import or its undo can change, besides the history itself. */
const changedByImports = [
  importKeys.all,
  queryKeys.people.lists(),
  queryKeys.workItems.all,
  queryKeys.involvements.all,
  queryKeys.metrics.all,
];

function useRefreshAfterImport() {
  const queryClient = useQueryClient();
  return () => Promise.all(changedByImports.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCommitImport() {
  const refresh = useRefreshAfterImport();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.POST("/imports/{id}/commit", { params: { path: { id } } })),
    onSettled: refresh,
  });
}

/** Undo: removes what the import made (409 when any of it changed since). */
export function useUndoImport() {
  const refresh = useRefreshAfterImport();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/imports/{id}", { params: { path: { id } } })),
    onSettled: refresh,
  });
}

/** The import's invalid rows with an Error column, as a plain download link. */
export const invalidRowsHref = (id: string) =>
  apiHref("/imports/{id}/invalid.csv").replace("{id}", encodeURIComponent(id));
