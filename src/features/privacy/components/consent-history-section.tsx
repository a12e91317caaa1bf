import { useQuery } from "@tanstack/react-query";
import { DataTable } from "../../../components/ui/data-table";
import { QueryView } from "../../../components/ui/list-view";
import { formatDate } from "../../../lib/format";
import { consentLabels } from "../../../shared/schemas/people";
import type { ConsentEvent } from "../../../shared/schemas/privacy";
import { consentHistoryQuery } from "../api/privacy";
import { formatDay } from "../dates";

const eventLabels: Record<ConsentEvent["event"], string> = { given: "Given", withdrawn: "Withdrawn" };

/** The consent history as a table: when it was recorded, which consent, given or withdrawn, on what day, by whom. */
export function ConsentHistoryTable({ events, caption }: { events: readonly ConsentEvent[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      rows={events}
      columns={[
        { header: "When", cell: (event) => formatDay(event.recordedAt) },
        { header: "Consent", cell: (event) => consentLabels[event.consent] },
        { header: "Given or withdrawn", cell: (event) => eventLabels[event.event] },
        { header: "On", cell: (event) => formatDate(event.on) },
        { header: "Recorded by", cell: (event) => event.recordedByName },
      ]}
    />
  );
}

type Props = {
  personId: string;
  /** The version of the person's record shown: a save that changes their consents adds to the history. */
  version: number;
};

/** A person's consent history on their page, for every role, newest first. */
export function ConsentHistorySection({ personId, version }: Props) {
  const history = useQuery(consentHistoryQuery(personId, version));
  return (
    <section aria-labelledby="consent-history-title">
      <h2 id="consent-history-title">Consent history</h2>
      <QueryView
        query={history}
        loading="Loading the consent history…"
        error="The consent history could not be loaded."
        isEmpty={(events) => events.length === 0}
        empty="No consents recorded yet."
      >
        {(events) => <ConsentHistoryTable events={events} caption="Consent history, newest first" />}
      </QueryView>
    </section>
  );
}
