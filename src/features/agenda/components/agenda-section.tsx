import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ConfirmDelete, DeleteError, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { useFlash } from "../../../components/ui/flash";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDateTime } from "../../../lib/format";
import { type AgendaSession, isAgendaRole, sessionFormatLabels } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels } from "../../../shared/schemas/involvements";
import { agendaTargetQuery, eventInvolvementsQuery, sessionsQuery, useRemoveSession } from "../api/agenda";
import { AddSessionForm } from "./add-session-form";
import { AddSpeakerForm } from "./add-speaker-form";
import { AgendaTargetBanner } from "./agenda-target-banner";

type Props = { workItemId: string; startDate: string; canManage: boolean };

/** The agenda of a conference or event: sessions and speakers, and the patient-voice target. */
export function AgendaSection({ workItemId, startDate, canManage }: Props) {
  const sessions = useQuery(sessionsQuery(workItemId));
  const target = useQuery(agendaTargetQuery(workItemId));
  const involvements = useQuery(eventInvolvementsQuery(workItemId));
  const remove = useRemoveSession(workItemId);
  const flash = useFlash();
  const removal = useConfirmedDelete(async (session: AgendaSession) => {
    await remove.mutateAsync(session.id);
    flash.show(`Removed the session “${session.title}”.`);
  }, "Could not remove the session.");

  const speakers = (involvements.data?.items ?? []).filter((i) => isAgendaRole(i.role));
  const unplaced = speakers.filter((s) => !s.sessionId || !sessions.data?.some((x) => x.id === s.sessionId));

  return (
    <section className="work-item-form" aria-labelledby="agenda-title">
      <h2 id="agenda-title">Agenda</h2>
      {target.data ? <AgendaTargetBanner target={target.data} /> : null}
      <DeleteError error={removal.error} />
      {sessions.isPending || involvements.isPending ? (
        <LoadingState label="Loading the agenda…" />
      ) : sessions.isError || involvements.isError ? (
        <ErrorState title="The agenda could not be loaded." onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <p>No sessions on the agenda yet.</p>
      ) : (
        sessions.data.map((session) => {
          const here = speakers.filter((s) => s.sessionId === session.id);
          return (
            <div className="agenda-session" key={session.id}>
              <h3>{session.title}</h3>
              <p className="meta">
                {formatDateTime(session.startsAt)} · {sessionFormatLabels[session.format]}
              </p>
              {here.length ? (
                <ul aria-label={`Speakers in ${session.title}`}>
                  {here.map((s) => (
                    <li key={s.id}>
                      <Link to="/involvements/$id" params={{ id: s.id }}>
                        {s.personName}
                      </Link>
                      , {involvementRoleLabels[s.role].toLowerCase()} ({involvementStatusLabels[s.status].toLowerCase()}
                      )
                    </li>
                  ))}
                </ul>
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
        })
      )}
      {unplaced.length ? (
        <div className="agenda-session">
          <h3>On the agenda, not in a session</h3>
          <ul>
            {unplaced.map((s) => (
              <li key={s.id}>
                {s.personName}, {involvementRoleLabels[s.role].toLowerCase()} (
                {involvementStatusLabels[s.status].toLowerCase()})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canManage ? (
        <>
          <AddSessionForm workItemId={workItemId} defaultDate={startDate} />
          {sessions.data?.length ? <AddSpeakerForm workItemId={workItemId} sessions={sessions.data} /> : null}
        </>
      ) : null}
      <ConfirmDelete deletion={removal} title="Remove this session?" confirmLabel="Remove session">
        {(removing) => <p>“{removing.title}” will be removed. Its speakers stay involved, without a session.</p>}
      </ConfirmDelete>
    </section>
  );
}
