import { useNavigate, useSearch } from "@tanstack/react-router";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { SetPasswordForm } from "../../features/auth/components/set-password-form";

/** Where a set-password link lands: choose a password, then sign in with it. */
export function SetPasswordPage() {
  usePageTitle("Set your password");
  const { token } = useSearch({ from: "/set-password" });
  const navigate = useNavigate();
  const flash = useFlash();
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="sign-in-card__brand">Involvement Tracker</p>
        <h1>Set your password</h1>
        {token ? (
          <SetPasswordForm
            token={token}
            onDone={() => {
              void navigate({ to: "/sign-in", search: { redirect: undefined } });
              flash.show("Your password is set. Sign in with it.");
            }}
          />
        ) : (
          <p className="form-alert" role="alert">
            This link is missing its token: open the whole link you were given, or ask an admin for a new one.
          </p>
        )}
      </div>
    </main>
  );
}
