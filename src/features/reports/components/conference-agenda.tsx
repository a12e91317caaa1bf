import { useQuery } from "@tanstack/react-query";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDateTime } from "../../../lib/format";
import { isOnAgenda, type PublicAgenda, type PublicSpeaker, sessionFormatLabels } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels } from "../../../shared/schemas/involvements";
import { reportAgendaQuery } from "../api/reports";

function SpeakerList({ speakers, label }: { speakers: PublicSpeaker[]; label: string }) {
  if (!speakers.length) return <>No speakers yet</>;
  return (
    <ul className="report-list" aria-label={label}>
      {speakers.map((s) => (
        <li key={s.involvementId}>
          {/* The server sends a name only with consent; "Patient speaker" otherwise. */}
          {s.publicName}, {involvementRoleLabels[s.role].toLowerCase()} (
          {involvementStatusLabels[s.status].toLowerCase()}){s.patientVoice ? <strong> — patient voice</strong> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The agenda in time order: each session, its speakers and their agenda roles, patient voices
 * marked in words. Read from the agenda as it may be published, so a speaker who has not
 * consented to be named publicly is "Patient speaker" beside their role, on screen and on paper.
 */
export function ConferenceAgenda({ workItemId }: { workItemId: string }) {
  const agenda = useQuery(reportAgendaQuery(workItemId));

  return (
    <section className="report-section" aria-labelledby="report-agenda">
      <h2 id="report-agenda">Agenda</h2>
      {agenda.isPending ? (
        <LoadingState label="Loading the agenda…" />
      ) : agenda.isError ? (
        <ErrorState title="The agenda could not be loaded." onRetry={() => void agenda.refetch()} />
      ) : (
        <AgendaTable agenda={agenda.data} />
      )}
    </section>
  );
}

function AgendaTable({ agenda }: { agenda: PublicAgenda }) {
  const sessions = [...agenda.sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const speakers = agenda.speakers.filter(isOnAgenda);
  const unplaced = speakers.filter((s) => !s.sessionId || !sessions.some((x) => x.id === s.sessionId));

  if (!sessions.length && !unplaced.length) return <p>No sessions on the agenda yet.</p>;
  return (
    <>
      <p>
        Sessions in time order (UK time). <strong>Patient voice</strong> marks a patient, service user or carer who is
        confirmed or has taken part in an agenda role. Speakers are named only if they agreed to be named publicly;
        others are shown as “Patient speaker” beside their role.
      </p>
      <ScrollRegion label="Agenda, in time order">
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
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>{formatDateTime(session.startsAt)}</td>
                <th scope="row">{session.title}</th>
                <td>{sessionFormatLabels[session.format]}</td>
                <td>
                  <SpeakerList
                    speakers={speakers.filter((s) => s.sessionId === session.id)}
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
                  <SpeakerList speakers={unplaced} label="Speakers not in a session" />
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
