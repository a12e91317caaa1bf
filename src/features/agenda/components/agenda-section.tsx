import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ConfirmDelete, DeleteError, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { useFlash } from "../../../components/ui/flash";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDateTime } from "../../../lib/format";
import { type AgendaSession, type PublicSpeaker, sessionFormatLabels } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels } from "../../../shared/schemas/involvements";
import { eventInvolvementsQuery, publishedAgendaQuery, sessionsQuery, useRemoveSession } from "../api/agenda";
import { AddSessionForm } from "./add-session-form";
import { AddSpeakerForm } from "./add-speaker-form";
import { AgendaTargetBanner } from "./agenda-target-banner";

type Props = { workItemId: string; startDate: string; canManage: boolean };

/**
 * One speaker as the agenda shows them: their name if they consented to be named publicly,
 * otherwise "Patient speaker" beside their role (so too for someone erased). Staff see the name
 * on record beside it, to know whom to brief; it is left off paper, as the agenda may be printed.
 */
function SpeakerItem({ speaker, nameOnRecord }: { speaker: PublicSpeaker; nameOnRecord: string | undefined }) {
  const part = `${involvementRoleLabels[speaker.role].toLowerCase()} (${involvementStatusLabels[speaker.status].toLowerCase()})`;
  const involvement = (text: string) => (
    <Link to="/involvements/$id" params={{ id: speaker.involvementId }}>
      {text}
    </Link>
  );
  if (speaker.namedPublicly)
    return (
      <li>
        {involvement(speaker.publicName)}, {part}
      </li>
    );
  return (
    <li>
      {speaker.publicName}, {part}
      <span className="meta no-print">
        {" "}
        — not named publicly; on our records as {involvement(nameOnRecord ?? "this involvement")}
      </span>
    </li>
  );
}

/** The agenda of a conference or event: sessions and speakers, and the patient-voice target. */
export function AgendaSection({ workItemId, startDate, canManage }: Props) {
  const sessions = useQuery(sessionsQuery(workItemId));
  const agenda = useQuery(publishedAgendaQuery(workItemId));
  // Staff only: the name on record of a speaker the agenda does not name.
  const involvements = useQuery(eventInvolvementsQuery(workItemId));
  const remove = useRemoveSession(workItemId);
  const flash = useFlash();
  const removal = useConfirmedDelete(async (session: AgendaSession) => {
    await remove.mutateAsync(session.id);
    flash.show(`Removed the session “${session.title}”.`);
  }, "Could not remove the session.");

  const speakers = agenda.data?.speakers ?? [];
  const unplaced = speakers.filter((s) => !s.sessionId || !sessions.data?.some((x) => x.id === s.sessionId));
  const namesOnRecord = new Map((involvements.data?.items ?? []).map((i) => [i.id, i.personName]));
  const item = (s: PublicSpeaker) => (
    <SpeakerItem key={s.involvementId} speaker={s} nameOnRecord={namesOnRecord.get(s.involvementId)} />
  );

  return (
    <section className="work-item-form" aria-labelledby="agenda-title">
      <h2 id="agenda-title">Agenda</h2>
      {agenda.data ? <AgendaTargetBanner target={agenda.data} /> : null}
      <DeleteError error={removal.error} />
      {sessions.isPending || agenda.isPending || involvements.isPending ? (
        <LoadingState label="Loading the agenda…" />
      ) : sessions.isError || agenda.isError || involvements.isError ? (
        <ErrorState
          title="The agenda could not be loaded."
          onRetry={() => {
            void sessions.refetch();
            void agenda.refetch();
            void involvements.refetch();
          }}
        />
      ) : sessions.data.length === 0 ? (
        <p>No sessions on the agenda yet.</p>
      ) : (
        <div className="agenda-sessions">
          {sessions.data.map((session) => {
            const here = speakers.filter((s) => s.sessionId === session.id);
            return (
              <div className="agenda-session" key={session.id}>
                <h3>{session.title}</h3>
                <p className="meta">
                  {formatDateTime(session.startsAt)} · {sessionFormatLabels[session.format]}
                </p>
                {here.length ? (
                  <ul aria-label={`Speakers in ${session.title}`}>{here.map(item)}</ul>
                ) : (
                  <p>No speakers yet.</p>
                )}
                {canManage ? (
                  <button type="button" className="button button--secondary" onClick={() => removal.ask(session)}>
                    Remove session<span className="visually-hidden"> {session.title}</span>
                  </button>
                ) : null}
              </div>
            );
          })}
        </div>
      )}
      {unplaced.length ? (
        <div className="agenda-session">
          <h3>On the agenda, not in a session</h3>
          <ul aria-label="Speakers not in a session">{unplaced.map(item)}</ul>
        </div>
      ) : null}
      {canManage ? (
        <div className="agenda-forms">
          <AddSessionForm workItemId={workItemId} defaultDate={startDate} />
          {sessions.data?.length ? <AddSpeakerForm workItemId={workItemId} sessions={sessions.data} /> : null}
        </div>
      ) : null}
      <ConfirmDelete deletion={removal} title="Remove this session?" confirmLabel="Remove session">
        {(removing) => <p>“{removing.title}” will be removed. Its speakers stay involved, without a session.</p>}
      </ConfirmDelete>
    </section>
  );
}
