import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { accountQuery } from "../../features/users/api/users";
import { AccountActions } from "../../features/users/components/account-actions";
import { AccountForm } from "../../features/users/components/account-form";
import { signInLabels } from "../../features/users/components/accounts-table";
import { SignInsTable } from "../../features/users/components/sign-ins-table";
import { isProblem } from "../../lib/api-client";
import { formatDateTime } from "../../lib/format";
import { AdminOnly } from "./users-page";

/** One account, for admin: its details, password and sessions, and its sign-ins. */
export function UserPage() {
  const { user } = useRouteContext({ from: "/authed" });
  if (user.role !== "admin") return <AdminOnly />;
  return <Account />;
}

function Account() {
  const { id } = useParams({ from: "/authed/admin/users/$id" });
  const account = useQuery(accountQuery(id));
  usePageTitle(account.data ? account.data.name : "User");
  if (account.isPending) return <LoadingState label="Loading the account…" />;
  if (account.isError)
    return (
      <ErrorState
        title={isProblem(account.error, 404) ? "There is no such account." : "The account could not be loaded."}
        onRetry={() => void account.refetch()}
      />
    );
  const a = account.data;
  return (
    <>
      <p>
        <Link to="/admin/users">All users</Link>
      </p>
      <h1>{a.name}</h1>
      <dl className="summary-list">
        <dt>Email</dt>
        <dd>{a.email}</dd>
        <dt>Signs in with</dt>
        <dd>{signInLabels[a.signIn]}</dd>
        <dt>Two-step verification</dt>
        <dd>{a.mfa ? "On" : "Off"}</dd>
        <dt>Last sign-in</dt>
        <dd>{a.lastSignInAt ? formatDateTime(a.lastSignInAt) : "Never"}</dd>
      </dl>
      <AccountForm account={a} />
      <AccountActions account={a} />
      <div className="plan-section">
        <h2>Sign-ins</h2>
        <SignInsTable userId={a.id} caption={`Sign-ins of ${a.name}, newest first`} />
      </div>
    </>
  );
}
