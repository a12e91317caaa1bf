import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { hasSignedInHint, type TwoStepView, twoStepViewOf } from "./session";

const keys = queryKeys.auth;

export const mySessionsQuery = () =>
  queryOptions({
    queryKey: keys.sessions,
    queryFn: ({ signal }) => data(apiClient.GET("/auth/sessions", { signal })),
  });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; password: string }) =>
      data(apiClient.POST("/auth/password", { body })),
    // Every other session ended: the list shrinks.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.sessions }),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(apiClient.DELETE("/auth/sessions/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.sessions }),
  });
}

/** Setting a password through a link needs no session. */
export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => data(apiClient.POST("/auth/set-password", { body })),
  });
}

/** Any signed-in call keeps the session alive; this one is the cheapest. */
export const stayActive = () => data(apiClient.GET("/auth/me"));

export const twoStepQueryKey = keys.twoStep;

/** Your two-step verification: on or off, and whether your role must use it. */
export const twoStepQuery = () =>
  queryOptions({
    queryKey: twoStepQueryKey,
    queryFn: async ({ signal }): Promise<TwoStepView> => {
      // Signed out meanwhile (the layout asks again as it goes): nothing to ask, and no 401 to log.
      if (!hasSignedInHint()) return { enabled: false, required: false, viaOrganisation: false };
      return twoStepViewOf(await data(apiClient.GET("/auth/me", { signal })));
    },
    staleTime: 5 * 60_000,
  });

export function useTwoStepSetup() {
  return useMutation({ mutationFn: () => data(apiClient.POST("/auth/mfa/setup")) });
}

export function useTwoStepEnable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => data(apiClient.POST("/auth/mfa/enable", { body: { code } })),
    // Not refreshed here: the recovery codes show first; "Done" refreshes (see TwoStepSection).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}

export function useTwoStepDisable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => data(apiClient.POST("/auth/mfa/disable", { body: { password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoStepQueryKey }),
  });
}
