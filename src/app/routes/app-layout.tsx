import { useQuery } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouteContext } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { useFlash } from "../../components/ui/flash";
import { LoadingState } from "../../components/ui/states";
import { AttentionNavLink } from "../../features/attention/components/attention-nav-link";
import { twoStepQuery } from "../../features/auth/api/account";
import { useSignOut } from "../../features/auth/api/session";
import { IdleWarning } from "../../features/auth/components/idle-warning";
import { roleLabels } from "../../shared/choices";
import { allows, canReviewRetention } from "../../shared/permissions";

/** The signed-in shell: skip link, header with the main navigation, and the page. */
export function AppLayout() {
  const { user } = useRouteContext({ from: "/authed" });
  const signOut = useSignOut();
  const navigate = useNavigate();
  const flash = useFlash();
  // Where two-step verification is required (MFA_REQUIRED), nothing else until it is set up.
  const twoStep = useQuery(twoStepQuery());
  const mustEnrol = Boolean(twoStep.data?.required && !twoStep.data.enabled);

  const onSignOut = async () => {
    try {
      await signOut.mutateAsync();
    } finally {
      await navigate({ to: "/sign-in", search: { redirect: undefined } });
      flash.show("You have signed out.");
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/dashboard" className="app-header__brand">
            Involvement Tracker
          </Link>
          <nav aria-label="Main" className="app-nav">
            <ul>
              <li>
                <AttentionNavLink />
              </li>
              <li>
                <Link to="/dashboard" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  Dashboard
                </Link>
              </li>
              <li>
                <Link to="/work-items" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  Planned work
                </Link>
              </li>
              <li>
                <Link to="/events" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  Events
                </Link>
              </li>
              <li>
                <Link to="/people" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  People
                </Link>
              </li>
              <li>
                <Link to="/feedback" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  Feedback
                </Link>
              </li>
              <li>
                <Link to="/library" activeProps={{ className: "active" }}>
                  Library enquiries
                </Link>
              </li>
              <li>
                <Link to="/training" activeOptions={{ includeSearch: false }} activeProps={{ className: "active" }}>
                  Staff training
                </Link>
              </li>
              {allows("imports.create", user.role) ? (
                <li>
                  <Link to="/import" activeProps={{ className: "active" }}>
                    Import
                  </Link>
                </li>
              ) : null}
              {user.role === "admin" ? (
                <li>
                  <Link to="/admin/users" activeProps={{ className: "active" }}>
                    Users
                  </Link>
                </li>
              ) : null}
              {allows("rateCards.update", user.role) ? (
                <li>
                  <Link to="/admin/rate-cards" activeProps={{ className: "active" }}>
                    Rate cards
                  </Link>
                </li>
              ) : null}
              {allows("audit.read", user.role) ? (
                <li>
                  <Link
                    to="/admin/audit"
                    activeOptions={{ includeSearch: false }}
                    activeProps={{ className: "active" }}
                  >
                    Audit log
                  </Link>
                </li>
              ) : null}
              {canReviewRetention(user) ? (
                <li>
                  <Link
                    to="/admin/retention"
                    activeOptions={{ includeSearch: false }}
                    activeProps={{ className: "active" }}
                  >
                    Retention review
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="app-header__user">
            <Link
              to="/account"
              className="app-header__account"
              activeProps={{ className: "app-header__account active" }}
            >
              {user.name} <span className="app-header__role">({roleLabels[user.role]})</span>
            </Link>
            <button type="button" className="button button--on-dark" onClick={onSignOut} disabled={signOut.isPending}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {mustEnrol ? <Enrolment /> : <Outlet />}
      </main>
      <IdleWarning />
    </>
  );
}

// Loaded only when needed: it brings the QR code drawing with it.
const TwoStepSection = lazy(() =>
  import("../../features/auth/components/two-step-section").then((m) => ({ default: m.TwoStepSection })),
);

/** The one thing to do first when your role must use two-step verification and you have not set it up. */
function Enrolment() {
  return (
    <>
      <h1>Set up two-step verification</h1>
      <p>Your role must use two-step verification here. Set it up to carry on: it takes a minute.</p>
      <Suspense fallback={<LoadingState label="Loading…" />}>
        <TwoStepSection />
      </Suspense>
    </>
  );
}
