import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { useFlash } from "../../../components/ui/flash";
import { FormField } from "../../../components/ui/form-field";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { isProblem } from "../../../lib/api-client";
import { formatPence, penceToPounds, poundsText, poundsToPence } from "../../../lib/money";
import type { EventDetails } from "../../../shared/schemas/agenda";
import { eventDetailsQuery, eventInvolvementsQuery, useSaveEventDetails } from "../api/agenda";

type Props = { workItemId: string; canManage: boolean };

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

type Field = "adviceSought" | "adviceOutcome" | "bursaryPlaces" | "bursaryBudgetPence" | "form";

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
  const initial = {
    advice: details.adviceSought === null ? "" : details.adviceSought ? "yes" : "no",
    outcome: details.adviceOutcome,
    places: String(details.bursaryPlaces),
    budget: penceToPounds(details.bursaryBudgetPence),
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [conflict, setConflict] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!/^\d+$/.test(values.places.trim())) found.bursaryPlaces = "Enter a whole number of places";
    if (!poundsText.safeParse(values.budget).success) found.bursaryBudgetPence = "Enter an amount in pounds, like 1500";
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save.mutateAsync({
        adviceSought: values.advice === "" ? null : values.advice === "yes",
        adviceOutcome: values.outcome,
        bursaryPlaces: Number(values.places),
        bursaryBudgetPence: poundsToPence(values.budget) ?? 0,
        version: details.version,
      });
      flash.show("Saved the speaker advice and bursary places.");
    } catch (error) {
      if (isProblem(error, 409)) {
        setConflict(true);
        return;
      }
      const next: Partial<Record<Field, string>> = {};
      for (const e of isProblem(error) ? error.errors : []) {
        const field =
          e.path in { adviceSought: 1, adviceOutcome: 1, bursaryPlaces: 1, bursaryBudgetPence: 1 } ? e.path : "form";
        next[field as Field] = e.message;
      }
      if (!Object.keys(next).length) next.form = isProblem(error) ? error.detail : "Could not save.";
      setErrors(next);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={() => dirty} />
      <h3 id={`${id}-title`} className="visually-hidden">
        Edit speaker advice and bursary places
      </h3>
      {conflict ? (
        <div className="form-alert" role="alert">
          <p>Someone else changed these details since you opened them.</p>
          <button type="button" className="button button--secondary" onClick={() => void reload()}>
            Load their version
          </button>
        </div>
      ) : null}
      {errors.form ? (
        <div className="form-alert" role="alert">
          {errors.form}
        </div>
      ) : null}
      <FormField label="Patients asked for advice on speakers and content" error={errors.adviceSought}>
        <select value={values.advice} onChange={set("advice")}>
          <option value="">Not recorded</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      </FormField>
      <FormField label="What came of it" error={errors.adviceOutcome} hint="What changed because of their advice.">
        <textarea rows={3} value={values.outcome} onChange={set("outcome")} />
      </FormField>
      <div className="form-row">
        <FormField label="Bursary places" error={errors.bursaryPlaces} required>
          <input type="text" inputMode="numeric" value={values.places} onChange={set("places")} />
        </FormField>
        <FormField label="Bursary budget (£)" error={errors.bursaryBudgetPence} required>
          <input type="text" inputMode="decimal" value={values.budget} onChange={set("budget")} />
        </FormField>
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        Save event details
      </button>
    </form>
  );
}
