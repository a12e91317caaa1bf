import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { AccountSession } from "../../../shared/schemas/user";

export const mySessionsQuery = () =>
  queryOptions({
    queryKey: ["auth", "sessions"],
    queryFn: ({ signal }) => api<{ items: AccountSession[] }>("/api/auth/sessions", { signal }),
  });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; password: string }) =>
      api<void>("/api/auth/password", { method: "POST", body }),
    // Every other session ended: the list shrinks.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["auth", "sessions"] }),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["auth", "sessions"] }),
  });
}

/** Setting a password through a link needs no session. */
export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<void>("/api/auth/set-password", { method: "POST", body }),
  });
}

/** Any signed-in call keeps the session alive; this one is the cheapest. */
export const stayActive = () => api<unknown>("/api/auth/me");
