import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDateTime } from "../../../lib/format";
import {
  type AgendaSession,
  type AgendaTarget,
  isAgendaRole,
  sessionFormatLabels,
} from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { type Involvement, involvementStatusLabels } from "../../../shared/schemas/involvements";
import { reportAgendaTargetQuery, reportInvolvementsQuery, reportSessionsQuery } from "../api/reports";

/** Speakers who said no or stepped down are not on the agenda. */
const onAgenda = (i: Involvement) => isAgendaRole(i.role) && i.status !== "declined" && i.status !== "withdrew";

function SpeakerList({ speakers, voices, label }: { speakers: Involvement[]; voices: Set<string>; label: string }) {
  if (!speakers.length) return <>No speakers yet</>;
  return (
    <ul className="report-list" aria-label={label}>
      {speakers.map((s) => (
        <li key={s.id}>
          {s.personName}, {involvementRoleLabels[s.role].toLowerCase()} (
          {involvementStatusLabels[s.status].toLowerCase()})
          {voices.has(s.id) ? <strong> — patient voice</strong> : null}
        </li>
      ))}
    </ul>
  );
}

/** The agenda in time order: each session, its speakers and their agenda roles, patient voices marked in words. */
export function ConferenceAgenda({ workItemId }: { workItemId: string }) {
  const sessions = useQuery(reportSessionsQuery(workItemId));
  const involvements = useQuery(reportInvolvementsQuery(workItemId));
  const target = useQuery(reportAgendaTargetQuery(workItemId));

  return (
    <section className="report-section" aria-labelledby="report-agenda">
      <h2 id="report-agenda">Agenda</h2>
      {sessions.isPending || involvements.isPending || target.isPending ? (
        <LoadingState label="Loading the agenda…" />
      ) : sessions.isError || involvements.isError || target.isError ? (
        <ErrorState
          title="The agenda could not be loaded."
          onRetry={() => {
            void sessions.refetch();
            void involvements.refetch();
            void target.refetch();
          }}
        />
      ) : (
        <AgendaTable sessions={sessions.data} involvements={involvements.data.items} target={target.data} />
      )}
    </section>
  );
}

function AgendaTable({
  sessions,
  involvements,
  target,
}: {
  sessions: AgendaSession[];
  involvements: Involvement[];
  target: AgendaTarget;
}) {
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const speakers = involvements.filter(onAgenda);
  const voices = new Set(target.speakers.filter((s) => s.patientVoice).map((s) => s.involvementId));
  const unplaced = speakers.filter((s) => !s.sessionId || !sessions.some((x) => x.id === s.sessionId));

  if (!ordered.length && !unplaced.length) return <p>No sessions on the agenda yet.</p>;
  return (
    <>
      <p>
        Sessions in time order (UK time). <strong>Patient voice</strong> marks a patient, service user or carer who is
        confirmed or has taken part in an agenda role.
      </p>
      <div className="table-scroll">
        <table className="data-table report-table">
          <caption>Agenda, in time order</caption>
          <thead>
            <tr>
              <th scope="col">Starts</th>
              <th scope="col">Session</th>
              <th scope="col">Format</th>
              <th scope="col">Speakers and agenda roles</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((session) => (
              <tr key={session.id}>
                <td>{formatDateTime(session.startsAt)}</td>
                <th scope="row">{session.title}</th>
                <td>{sessionFormatLabels[session.format]}</td>
                <td>
                  <SpeakerList
                    speakers={speakers.filter((s) => s.sessionId === session.id)}
                    voices={voices}
                    label={`Speakers in ${session.title}`}
                  />
                </td>
              </tr>
            ))}
            {unplaced.length ? (
              <tr>
                <td>—</td>
                <th scope="row">Not in a session</th>
                <td>—</td>
                <td>
                  <SpeakerList speakers={unplaced} voices={voices} label="Speakers not in a session" />
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
