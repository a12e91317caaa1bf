import { Link } from "@tanstack/react-router";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { formatDateTime } from "../../../lib/format";
import { type AdminUser, roleLabels } from "../../../shared/schemas/users";

/** How each account signs in, in words. */
export const signInLabels: Record<AdminUser["signIn"], string> = {
  local: "Password",
  sso: "Single sign-on",
  both: "Password or single sign-on",
  none: "Not yet (password link not used)",
};

/** Every account: who, what role, how they sign in, two-step verification, last sign-in, status. */
export function AccountsTable({ accounts }: { accounts: AdminUser[] }) {
  return (
    <ScrollRegion label="Accounts">
      <table className="data-table">
        <caption>Accounts, {accounts.length}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Signs in with</th>
            <th scope="col">Two-step verification</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to="/admin/users/$id" params={{ id: account.id }}>
                  {account.name}
                </Link>
              </th>
              <td>{account.email}</td>
              <td>{roleLabels[account.role]}</td>
              <td>{signInLabels[account.signIn]}</td>
              <td>{account.mfa ? "On" : "Off"}</td>
              <td>{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Never"}</td>
              <td>{account.disabled ? "Disabled" : "Active"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
