import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useRef } from "react";
import { DeleteConfirmation, useConfirmedDelete } from "../../components/ui/confirm-delete";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { EqualitySection } from "../../features/equality/components/equality-section";
import { PersonInvolvements } from "../../features/involvements/components/person-involvements";
import { personQuery, useDeletePerson, useSavePerson } from "../../features/people/api/people";
import { PersonForm } from "../../features/people/components/person-form";
import { isProblem } from "../../lib/api-client";
import { canEditPeople, canSeeContactDetails } from "../../shared/permissions";
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
  // A hook must come before the early returns, so the person arrives as the target.
  const deletion = useConfirmedDelete(async (doomed: Person) => {
    await remove.mutateAsync(doomed.id);
    flash.show(`Deleted ${doomed.name}.`);
    void navigate({ to: "/people" });
  });
  const editingVersion = useRef<number | null>(null);
  if (editingVersion.current === null && person.data) editingVersion.current = person.data.version;
  usePageTitle(person.data?.name ?? "Person");

  if (person.isPending) return <LoadingState label="Loading the person…" />;
  if (person.isError && isProblem(person.error, 404)) {
    return (
      <>
        <h1>Person not found</h1>
        <p>
          Go back to <Link to="/people">People</Link>.
        </p>
      </>
    );
  }
  if (person.isError)
    return <ErrorState title="The person could not be loaded." onRetry={() => void person.refetch()} />;

  const current = person.data;
  const editable = canEditPeople(user);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/people">People</Link>
      </p>
      <div className="page-header">
        <h1>{current.name}</h1>
        {editable ? (
          <button type="button" className="button button--danger" onClick={() => deletion.ask(current)}>
            Delete
          </button>
        ) : null}
      </div>
      <DeleteConfirmation
        deletion={deletion}
        title="Delete this person?"
        confirmLabel="Delete person"
        cancelLabel="Keep them"
      >
        <p>{current.name} will be removed from the directory. This cannot be undone.</p>
      </DeleteConfirmation>
      {editable ? null : <p className="notice">Your role can view people but not change them.</p>}
      <PersonForm
        key={current.id}
        person={current}
        withContact={canSeeContactDetails(user)}
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
        <EqualitySection
          personId={current.id}
          consent={current.consents.equalityMonitoring}
          user={user}
          onConsentGone={() => void person.refetch()}
        />
      </div>
      <div className="plan-section">
        <PersonInvolvements personId={current.id} />
      </div>
    </>
  );
}
