import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, data } from "../../../lib/api/client";
import { queryKeys } from "../../../lib/api/keys";
import { ApiProblem } from "../../../lib/api-client";
import type { LoginInput, SessionUser, TwoStepStatus } from "../../../shared/schemas/users";
import { signedInHintCookie } from "../../../shared/session-hint";

export const meQueryKey = queryKeys.auth.me;

/** viaOrganisation: this session began with single sign-on, where the identity provider does the second step. */
export type TwoStepView = TwoStepStatus & { viaOrganisation: boolean };

/** Your two-step verification as GET /auth/me tells it. */
export const twoStepViewOf = (me: { twoStep: TwoStepStatus; signedInWith: string }): TwoStepView => ({
  ...me.twoStep,
  viaOrganisation: me.signedInWith === "sso",
});

/** The signed-in user, or null when nobody is (a 401 is an answer, not an error). */
export const meQuery = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: async ({ signal, client }): Promise<SessionUser | null> => {
      // No hint cookie: certainly signed out, so no request that must end in a 401.
      if (!hasSignedInHint()) return null;
      try {
        const me = await data(apiClient.GET("/auth/me", { signal }));
        // The same answer tells the signed-in shell how two-step verification stands: not asked again.
        client.setQueryData(queryKeys.auth.twoStep, twoStepViewOf(me));
        return me.user;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) {
          if (error.code === "timed_out") noteSessionEnded(error.detail);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });

/** Why the last session ended (timed out), said once on the sign-in page. In memory only. */
let endedBecause: string | null = null;
export const noteSessionEnded = (detail: string) => {
  endedBecause = detail;
};
export const takeSessionEndedNote = (): string | null => {
  const note = endedBecause;
  endedBecause = null;
  return note;
};

export function hasSignedInHint(): boolean {
  return typeof document !== "undefined" && document.cookie.split("; ").includes(`${signedInHintCookie}=1`);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => data(apiClient.POST("/auth/login", { body })),
    onSuccess: (result) => {
      if ("user" in result) queryClient.setQueryData(meQueryKey, result.user);
    },
  });
}

/** The second step of a sign-in with two-step verification: a code from the app, or a recovery code. */
export function useVerifyCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => data(apiClient.POST("/auth/login/verify", { body: { code } })),
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(apiClient.POST("/auth/logout")),
    onSettled: () => {
      // Nothing of the last person's data stays in memory for the next one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

/** How one may sign in here: single sign-on appears only where an identity provider is connected. */
export const signInOptionsQuery = () =>
  queryOptions({
    queryKey: queryKeys.auth.options,
    queryFn: ({ signal }) => data(apiClient.GET("/auth/options", { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
