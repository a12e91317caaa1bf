import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { SubmitButton } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useEditForm } from "../../../components/ui/use-edit-form";
import { formatPence } from "../../../lib/money";
import type { EventDetails } from "../../../shared/schemas/agenda";
import { eventDetailsQuery, eventInvolvementsQuery, useSaveEventDetails } from "../api/agenda";
import { eventDetailsFieldOf, eventDetailsFormSchema, eventDetailsFormValues } from "../event-details-form-schema";

type Props = { workItemId: string; canManage: boolean };

const editing = { schema: eventDetailsFormSchema, fieldOf: eventDetailsFieldOf, toValues: eventDetailsFormValues };

/** Advice on speakers and content (who, and what came of it), and the bursary places and budget. */
export function EventDetailsSection({ workItemId, canManage }: Props) {
  const details = useQuery(eventDetailsQuery(workItemId));
  const involvements = useQuery(eventInvolvementsQuery(workItemId));
  const advisers = (involvements.data?.items ?? []).filter((i) => i.role === "speaker_adviser");
  return (
    <section className="work-item-form" aria-labelledby="event-details-title">
      <h2 id="event-details-title">Speaker advice and bursary places</h2>
      <p>
        Patients who advised on speakers and content:{" "}
        {advisers.length
          ? advisers.map((a, index) => (
              <span key={a.id}>
                {index ? ", " : ""}
                <Link to="/involvements/$id" params={{ id: a.id }}>
                  {a.personName}
                </Link>
              </span>
            ))
          : "none recorded (add them under People involved with the role “Adviser on speakers or content”)."}
      </p>
      {details.isPending ? (
        <LoadingState label="Loading…" />
      ) : details.isError ? (
        <ErrorState title="The event details could not be loaded." onRetry={() => void details.refetch()} />
      ) : canManage ? (
        <DetailsForm
          key={details.data.version}
          workItemId={workItemId}
          details={details.data}
          reload={details.refetch}
        />
      ) : (
        <dl className="summary-list">
          <dt>Patients asked for advice on speakers and content</dt>
          <dd>{details.data.adviceSought === null ? "Not recorded" : details.data.adviceSought ? "Yes" : "No"}</dd>
          <dt>What came of it</dt>
          <dd>{details.data.adviceOutcome || "—"}</dd>
          <dt>Bursary places</dt>
          <dd>{details.data.bursaryPlaces}</dd>
          <dt>Bursary budget</dt>
          <dd>{formatPence(details.data.bursaryBudgetPence)}</dd>
        </dl>
      )}
    </section>
  );
}

function DetailsForm({
  workItemId,
  details,
  reload,
}: {
  workItemId: string;
  details: EventDetails;
  reload: () => unknown;
}) {
  const id = useId();
  const flash = useFlash();
  const save = useSaveEventDetails(workItemId);
  const { form, frame } = useEditForm(editing, eventDetailsFormValues(details), {
    onSubmit: async (values) => {
      const saved = await save.mutateAsync({ ...values, version: details.version });
      flash.show("Saved the speaker advice and bursary places.");
      return saved;
    },
  });
  const { errors } = form.formState;

  return (
    <form ref={frame.formRef} onSubmit={frame.submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={frame.shouldBlock} />
      <h3 id={`${id}-title`} className="visually-hidden">
        Edit speaker advice and bursary places
      </h3>
      {/* Their version arrives with a new version number, and the form is opened afresh on it. */}
      {frame.conflict ? <ConflictAlert what="this event’s details" onReload={() => void reload()} /> : null}
      <FormAlert message={frame.error} />
      <FormField label="Patients asked for advice on speakers and content" error={errors.adviceSought?.message}>
        <select {...form.register("adviceSought")}>
          <option value="">Not recorded</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      </FormField>
      <FormField
        label="What came of it"
        error={errors.adviceOutcome?.message}
        hint="What changed because of their advice."
      >
        <textarea rows={3} {...form.register("adviceOutcome")} />
      </FormField>
      <div className="form-row">
        <FormField label="Bursary places" error={errors.bursaryPlaces?.message} required>
          <input type="text" inputMode="numeric" {...form.register("bursaryPlaces")} />
        </FormField>
        <FormField label="Bursary budget (£)" error={errors.bursaryBudget?.message} required>
          <input type="text" inputMode="decimal" {...form.register("bursaryBudget")} />
        </FormField>
      </div>
      <SubmitButton disabled={frame.busy}>Save event details</SubmitButton>
    </form>
  );
}
