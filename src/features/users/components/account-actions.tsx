import { useState } from "react";
import { ConfirmDialog } from "../../../components/ui/dialog";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { isProblem } from "../../../lib/api-client";
import type { AdminUser } from "../../../shared/schemas/users";
import { useResetPassword, useResetTwoStep, useSignOutEverywhere } from "../api/users";
import { PasswordLink } from "./password-link";

type Asking = "reset" | "sign-out" | "two-step" | null;

/**
 * Reset an account's password (a new link; signed out at once), turn off its two-step verification
 * (for someone who lost their app and recovery codes) or sign it out everywhere, each after asking.
 */
export function AccountActions({ account }: { account: AdminUser }) {
  const reset = useResetPassword(account.id);
  const signOut = useSignOutEverywhere(account.id);
  const twoStep = useResetTwoStep(account.id);
  const flash = useFlash();
  const [asking, setAsking] = useState<Asking>(null);
  const [link, setLink] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | undefined>();

  const run = async (action: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(isProblem(error) ? error.detail : "That did not work. Please try again.");
    } finally {
      setAsking(null);
    }
  };

  return (
    <section className="plan-section" aria-labelledby="account-actions-title">
      <h2 id="account-actions-title">Password and sessions</h2>
      <FormAlert message={failure} />
      {link ? <PasswordLink url={link} name={account.name} /> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setAsking("reset")}>
          Reset password
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking("sign-out")}>
          Sign out everywhere
        </button>
        {account.mfa ? (
          <button type="button" className="button button--secondary" onClick={() => setAsking("two-step")}>
            Turn off two-step verification
          </button>
        ) : null}
      </div>
      {asking === "reset" ? (
        <ConfirmDialog
          title={`Reset ${account.name}'s password?`}
          confirmLabel="Reset password"
          busy={reset.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void run(async () => {
              setLink((await reset.mutateAsync()).setPasswordUrl);
            })
          }
        >
          <p>
            They are signed out everywhere now, and get a new link to set a password. Their old password stops working
            once the link is used.
          </p>
        </ConfirmDialog>
      ) : null}
      {asking === "two-step" ? (
        <ConfirmDialog
          title={`Turn off ${account.name}'s two-step verification?`}
          confirmLabel="Turn off two-step verification"
          busy={twoStep.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void run(async () => {
              await twoStep.mutateAsync();
              flash.show(`Two-step verification is off for ${account.name}. They set it up again when they sign in.`);
            })
          }
        >
          <p>
            For someone who has lost their authenticator app and their recovery codes. They are signed out everywhere,
            sign in with their password, and set two-step verification up again. Check it is really them asking first.
          </p>
        </ConfirmDialog>
      ) : null}
      {asking === "sign-out" ? (
        <ConfirmDialog
          title={`Sign ${account.name} out everywhere?`}
          confirmLabel="Sign out everywhere"
          busy={signOut.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void run(async () => {
              await signOut.mutateAsync();
              flash.show(`${account.name} is signed out everywhere.`);
            })
          }
        >
          <p>Every browser where they are signed in must sign in again.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
