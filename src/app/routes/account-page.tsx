import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { meQueryKey } from "../../features/auth/api/session";
import { ChangePasswordForm } from "../../features/auth/components/change-password-form";
import { MySessions } from "../../features/auth/components/my-sessions";
import { TwoStepSection } from "../../features/auth/components/two-step-section";
import { roleLabels } from "../../shared/schemas/users";

/** Your account: change your password, and see and end the places you are signed in. */
export function AccountPage() {
  usePageTitle("Your account");
  const { user } = useRouteContext({ from: "/authed" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name}, {user.email} ({roleLabels[user.role]})
      </p>
      <ChangePasswordForm />
      <TwoStepSection />
      <MySessions
        onSignedOutHere={() => {
          queryClient.clear();
          queryClient.setQueryData(meQueryKey, null);
          void navigate({ to: "/sign-in", search: { redirect: undefined } });
        }}
      />
    </>
  );
}
