import { useQuery } from "@tanstack/react-query";
import { FormAlert } from "../../../components/ui/form-alert";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { isProblem } from "../../../lib/api-client";
import { formatDateTime } from "../../../lib/format";
import { mySessionsQuery, useEndSession } from "../api/account";

/** Where you are signed in: when each session began and was last used; sign any of them out. */
export function MySessions({ onSignedOutHere }: { onSignedOutHere: () => void }) {
  const sessions = useQuery(mySessionsQuery());
  const end = useEndSession();
  return (
    <section className="plan-section" aria-labelledby="my-sessions-title">
      <h2 id="my-sessions-title">Where you are signed in</h2>
      <FormAlert
        message={end.isError ? (isProblem(end.error) ? end.error.detail : "Could not sign out.") : undefined}
      />
      {sessions.isPending ? (
        <LoadingState label="Loading your sessions…" />
      ) : sessions.isError ? (
        <ErrorState title="Your sessions could not be loaded." onRetry={() => void sessions.refetch()} />
      ) : (
        <ScrollRegion label="Your sessions">
          <table className="data-table">
            <caption>Your sessions, {sessions.data.items.length}</caption>
            <thead>
              <tr>
                <th scope="col">Signed in</th>
                <th scope="col">Last used</th>
                <th scope="col">This device</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.items.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{formatDateTime(session.createdAt)}</th>
                  <td>{formatDateTime(session.lastUsedAt)}</td>
                  <td>{session.current ? "Yes" : "No"}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={end.isPending}
                      onClick={() =>
                        void end.mutateAsync(session.id).then(() => {
                          if (session.current) onSignedOutHere();
                        })
                      }
                    >
                      Sign out
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
