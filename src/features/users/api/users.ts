import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, toQuery } from "../../../lib/api-client";
import type { AdminUser, CreateUserInput, SignInRecord, UpdateUserInput } from "../../../shared/schemas/user";

const base = "/api/users";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Every account as admin sees it (email, status, two-step verification, last sign-in). */
export const accountsQuery = () =>
  queryOptions({
    queryKey: ["users", "accounts"],
    queryFn: ({ signal }) => api<{ items: AdminUser[] }>(base, { signal }),
  });

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: ["users", "account", id],
    queryFn: ({ signal }) => api<AdminUser>(one(id), { signal }),
  });

/** The latest sign-ins, failures and sign-outs: everyone's, or one account's. */
export const signInsQuery = (userId?: string) =>
  queryOptions({
    queryKey: ["users", "sign-ins", userId ?? "all"],
    queryFn: ({ signal }) => api<{ items: SignInRecord[] }>(`/api/sign-ins${toQuery({ userId })}`, { signal }),
  });

function useRefreshUsers() {
  const queryClient = useQueryClient();
  // Pickers elsewhere list users too (["users", ...] holds only admin's views): refresh them all.
  return () => queryClient.invalidateQueries({ queryKey: ["users"] });
}

export function useCreateAccount() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: CreateUserInput) =>
      api<{ user: AdminUser; setPasswordUrl: string }>(base, { method: "POST", body }),
    onSuccess: refresh,
  });
}

export function useUpdateAccount(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: UpdateUserInput) => api<AdminUser>(one(id), { method: "PATCH", body }),
    onSuccess: refresh,
  });
}

export function useResetPassword(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: () => api<{ setPasswordUrl: string }>(`${one(id)}/reset-password`, { method: "POST" }),
    onSuccess: refresh,
  });
}

export function useSignOutEverywhere(id: string) {
  return useMutation({
    mutationFn: () => api<void>(`${one(id)}/sessions`, { method: "DELETE" }),
  });
}
