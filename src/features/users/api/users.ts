import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import type { CreateUserInput, UpdateUserInput } from "../../../shared/schemas/users";

const keys = queryKeys.users;
const ofAccount = (id: string) => ({ params: { path: { id } } });

/** Every account as admin sees it (email, status, two-step verification, last sign-in). */
export const accountsQuery = () =>
  queryOptions({
    queryKey: keys.accounts,
    queryFn: async ({ signal }) => {
      const { items } = await data(apiClient.GET("/users", { signal }));
      // Admin is given every account in full; others only names and roles, which this view never shows.
      return { items: items.filter((user) => "email" in user) };
    },
  });

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: keys.account(id),
    queryFn: ({ signal }) => data(apiClient.GET("/users/{id}", { ...ofAccount(id), signal })),
  });

/** The latest sign-ins, failures and sign-outs: everyone's, or one account's. */
export const signInsQuery = (userId?: string) =>
  queryOptions({
    queryKey: keys.signIns(userId),
    queryFn: ({ signal }) => data(apiClient.GET("/sign-ins", { params: { query: { userId } }, signal })),
  });

function useRefreshUsers() {
  const queryClient = useQueryClient();
  // Pickers elsewhere list users too: refresh every view of accounts.
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export function useCreateAccount() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: CreateUserInput) => data(apiClient.POST("/users", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateAccount(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: UpdateUserInput) => data(apiClient.PATCH("/users/{id}", { ...ofAccount(id), body })),
    onSuccess: refresh,
  });
}

export function useResetPassword(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: () => data(apiClient.POST("/users/{id}/reset-password", ofAccount(id))),
    onSuccess: refresh,
  });
}

export function useResetTwoStep(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: () => data(apiClient.DELETE("/users/{id}/two-step", ofAccount(id))),
    onSuccess: refresh,
  });
}

export function useSignOutEverywhere(id: string) {
  return useMutation({
    mutationFn: () => data(apiClient.DELETE("/users/{id}/sessions", ofAccount(id))),
  });
}
