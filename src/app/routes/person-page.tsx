import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { DeleteConfirmation, useConfirmedDelete } from "../../components/ui/confirm-delete";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { ActivitySection } from "../../features/audit/components/activity-section";
import { EqualitySection } from "../../features/equality/components/equality-section";
import { PersonInvolvements } from "../../features/involvements/components/person-involvements";
import { personQuery, useDeletePerson, useSavePerson } from "../../features/people/api/people";
import { PersonForm } from "../../features/people/components/person-form";
import { PersonNotFound } from "../../features/people/components/person-not-found";
import { ConsentHistorySection } from "../../features/privacy/components/consent-history-section";
import { EraseConfirmation, type ErasureTarget, erasedMessage } from "../../features/privacy/components/erase-person";
import { ErasedPersonSummary } from "../../features/privacy/components/erased-person-summary";
import { explainDeleteRefusal } from "../../features/privacy/delete-refusal";
import { isProblem } from "../../lib/api-client";
import { allows, canEditPeople, canSeePersonalDetails } from "../../shared/permissions";
import type { Person } from "../../shared/schemas/people";

export function PersonPage() {
  const { id } = useParams({ from: "/authed/people/$id" });
  const { user } = useRouteContext({ from: "/authed" });
  const person = useQuery(personQuery(id));
  const save = useSavePerson(id);
  const remove = useDeletePerson();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const flash = useFlash();
  const mayErase = allows("erasure.create", user.role);
  // A hook must come before the early returns, so the person arrives as the target.
  const deletion = useConfirmedDelete(async (doomed: Person) => {
    try {
      await remove.mutateAsync(doomed.id);
    } catch (error) {
      // Someone who took part in something is erased, not deleted: say so in the page's words.
      throw explainDeleteRefusal(error, doomed.name, mayErase);
    }
    flash.show(`Deleted ${doomed.name}.`);
    void navigate({ to: "/people" });
  });
  const [erasing, setErasing] = useState<ErasureTarget | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editingVersion = useRef<number | null>(null);
  if (editingVersion.current === null && person.data) editingVersion.current = person.data.version;
  usePageTitle(isProblem(person.error, 404) ? "Person not found" : (person.data?.name ?? "Person"));

  if (person.isPending) return <LoadingState label="Loading the person…" />;
  if (person.isError && isProblem(person.error, 404)) {
    return <PersonNotFound />;
  }
  if (person.isError)
    return <ErrorState title="The person could not be loaded." onRetry={() => void person.refetch()} />;

  const current = person.data;
  const erasedAt = current.erasedAt;
  const editable = canEditPeople(user) && !erasedAt;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/people">People</Link>
      </p>
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {current.name}
        </h1>
        <div className="form-actions">
          {allows("subjectAccess.read", user.role) ? (
            <Link to="/people/$id/subject-access" params={{ id: current.id }} className="button button--secondary">
              Subject access
            </Link>
          ) : null}
          {mayErase && !erasedAt ? (
            <button type="button" className="button button--danger" onClick={() => setErasing(current)}>
              Erase
            </button>
          ) : null}
          {editable ? (
            <button type="button" className="button button--danger" onClick={() => deletion.ask(current)}>
              Delete
            </button>
          ) : null}
        </div>
      </div>
      <DeleteConfirmation
        deletion={deletion}
        title="Delete this person?"
        confirmLabel="Delete person"
        cancelLabel="Keep them"
      >
        <p>{current.name} will be removed from the directory. This cannot be undone.</p>
      </DeleteConfirmation>
      <EraseConfirmation
        person={erasing}
        onCancel={() => setErasing(null)}
        onErased={() => {
          setErasing(null);
          flash.show(erasedMessage);
          // The Erase button has gone: the page's heading, now "Erased person", takes the focus.
          setTimeout(() => heading.current?.focus(), 0);
        }}
      />
      {erasedAt ? (
        <ErasedPersonSummary person={{ ...current, erasedAt }} />
      ) : (
        <>
          {editable ? null : <p className="notice">Your role can view people but not change them.</p>}
          <PersonForm
            key={current.id}
            person={current}
            withPersonal={canSeePersonalDetails(user)}
            readOnly={!editable}
            onSubmit={async (values) => {
              const saved = await save.mutateAsync({ ...values, version: editingVersion.current ?? current.version });
              editingVersion.current = saved.version;
              flash.show(`Saved changes to ${saved.name}.`);
              return saved;
            }}
            onReloadLatest={async () => {
              const latest = await queryClient.fetchQuery({ ...personQuery(id), staleTime: 0 });
              editingVersion.current = latest.version;
              return latest;
            }}
          />
          <div className="plan-section">
            <ConsentHistorySection personId={current.id} version={current.version} />
          </div>
          <div className="plan-section">
            <EqualitySection
              personId={current.id}
              consent={current.consents.equalityMonitoring}
              user={user}
              onConsentGone={() => void person.refetch()}
            />
          </div>
        </>
      )}
      <div className="plan-section">
        <PersonInvolvements personId={current.id} />
      </div>
      <ActivitySection personId={current.id} />
    </>
  );
}
