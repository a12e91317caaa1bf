import { useQuery } from "@tanstack/react-query";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDateTime } from "../../../lib/format";
import { failureReasonLabels, signInOutcomeLabels } from "../../../shared/schemas/users";
import { signInsQuery } from "../api/users";

/** The latest sign-in events: when, who, what happened (and why a sign-in failed), from where. */
export function SignInsTable({ userId, caption }: { userId?: string; caption: string }) {
  const events = useQuery(signInsQuery(userId));
  if (events.isPending) return <LoadingState label="Loading sign-ins…" />;
  if (events.isError)
    return <ErrorState title="The sign-ins could not be loaded." onRetry={() => void events.refetch()} />;
  if (events.data.items.length === 0) return <EmptyState title="No sign-ins yet." />;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Account</th>
            <th scope="col">What happened</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.data.items.map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id here; the list is replaced whole.
            <tr key={index}>
              <td>{formatDateTime(event.at)}</td>
              <td>{event.name ?? event.email}</td>
              <td>
                {signInOutcomeLabels[event.outcome]}
                {event.reason ? ` (${failureReasonLabels[event.reason] ?? event.reason})` : ""}
              </td>
              <td>{event.address || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
