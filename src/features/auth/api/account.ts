import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type {
  AccountSession,
  SessionUser,
  SignedInVia,
  TwoStepSetup,
  TwoStepStatus,
} from "../../../shared/schemas/user";
import { hasSignedInHint } from "./session";

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

/** viaOrganisation: this session began with single sign-on, where the identity provider does the second step. */
export type TwoStepView = TwoStepStatus & { viaOrganisation: boolean };

export const twoStepQueryKey = ["auth", "two-step"] as const;

/** Your two-step verification: on or off, and whether your role must use it. */
export const twoStepQuery = () =>
  queryOptions({
    queryKey: twoStepQueryKey,
    queryFn: async ({ signal }): Promise<TwoStepView> => {
      // Signed out meanwhile (the layout asks again as it goes): nothing to ask, and no 401 to log.
      if (!hasSignedInHint()) return { enabled: false, required: false, viaOrganisation: false };
      const me = await api<{ user: SessionUser; twoStep: TwoStepStatus; signedInWith: SignedInVia }>("/api/auth/me", {
        signal,
      });
      return { ...me.twoStep, viaOrganisation: me.signedInWith === "sso" };
    },
    staleTime: 5 * 60_000,
  });

export function useTwoStepSetup() {
  return useMutation({ mutationFn: () => api<TwoStepSetup>("/api/auth/mfa/setup", { method: "POST" }) });
}

export function useTwoStepEnable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<{ recoveryCodes: string[] }>("/api/auth/mfa/enable", { method: "POST", body: { code } }),
    // Not refreshed here: the recovery codes show first; "Done" refreshes (see TwoStepSection).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}

export function useTwoStepDisable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api<void>("/api/auth/mfa/disable", { method: "POST", body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoStepQueryKey }),
  });
}
