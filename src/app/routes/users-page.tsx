import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { accountsQuery } from "../../features/users/api/users";
import { AccountsTable } from "../../features/users/components/accounts-table";
import { AddAccountForm } from "../../features/users/components/add-account-form";
import { SignInsTable } from "../../features/users/components/sign-ins-table";

/** Admin's page for accounts: add one, see every account, and the latest sign-ins. */
export function UsersPage() {
  usePageTitle("Users");
  const { user } = useRouteContext({ from: "/authed" });
  if (user.role !== "admin") return <AdminOnly />;
  return <Users />;
}

export function AdminOnly() {
  return (
    <>
      <h1>Users</h1>
      <ErrorState title="Only admin manages users." detail="Ask an admin to add, change or disable an account." />
    </>
  );
}

function Users() {
  const accounts = useQuery(accountsQuery());
  return (
    <>
      <h1>Users</h1>
      <p>Everyone who can sign in: add people, change their role, disable a leaver, reset a password.</p>
      <AddAccountForm />
      <div className="plan-section">
        <h2>Accounts</h2>
        {accounts.isPending ? (
          <LoadingState label="Loading accounts…" />
        ) : accounts.isError ? (
          <ErrorState title="The accounts could not be loaded." onRetry={() => void accounts.refetch()} />
        ) : (
          <AccountsTable accounts={accounts.data.items} />
        )}
      </div>
      <div className="plan-section">
        <h2>Latest sign-ins</h2>
        <SignInsTable caption="Latest sign-ins, newest first" />
      </div>
    </>
  );
}
