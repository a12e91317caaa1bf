import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { usePageTitle } from "../../components/ui/page-title";
import { meQueryKey, takeSessionEndedNote } from "../../features/auth/api/session";
import { OrganisationSignIn, SignOnRefused } from "../../features/auth/components/organisation-sign-in";
import { SignInForm } from "../../features/auth/components/sign-in-form";
import { landingPageFor } from "../../shared/attention-rules";
import type { SessionUser } from "../../shared/schemas/users";

const demo = import.meta.env.VITE_DEMO === "true";
const demoAccounts = [
  { email: "lead@example.org", role: "project lead" },
  { email: "events@example.org", role: "events team" },
  { email: "manager@example.org", role: "manager" },
  { email: "admin@example.org", role: "admin" },
];

export function SignInPage() {
  usePageTitle("Sign in");
  const { redirect, sso } = useSearch({ from: "/sign-in" });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Said once: a reload of this page does not repeat it.
  const [ended] = useState(takeSessionEndedNote);
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="sign-in-card__brand">Involvement Tracker</p>
        <h1>Sign in</h1>
        {sso ? <SignOnRefused reason={sso} /> : null}
        {ended ? (
          <p className="form-alert form-alert--warning" role="status">
            {ended}
          </p>
        ) : null}
        {/* "/" sends each role to its landing page: Needs attention for leads and events, else the dashboard. */}
        <OrganisationSignIn returnTo={redirect ?? "/"} />
        <SignInForm
          onSignedIn={() => {
            // Straight to the role's landing page (the sign-in has just told us who this is).
            const me = queryClient.getQueryData<SessionUser | null>(meQueryKey);
            void navigate({ to: redirect ?? landingPageFor(me?.role) });
          }}
          {...(demo ? { demoAccounts, demoPassword: "involve-demo" } : {})}
        />
      </div>
    </main>
  );
}
