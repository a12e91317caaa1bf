import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useSaveFlow } from "../../../components/ui/use-save-flow";
import { formResolver } from "../../../lib/form-resolver";
import { calendarDate } from "../../../shared/calendar-date";
import {
  consentKinds,
  consentLabels,
  type Person,
  type PersonInput,
  paymentPreferenceLabels,
  paymentPreferences,
  perspectiveLabels,
  perspectives,
} from "../../../shared/schemas/person";
import { type PersonFormValues, personFormSchema, personFormValues } from "../person-form-schema";

type Props = {
  person: Person | null;
  /** Whether this role sees contact details and access needs (managers do not). */
  withContact: boolean;
  readOnly?: boolean;
  onSubmit: (values: PersonInput) => Promise<Person>;
  onSaved?: (person: Person) => void;
  onReloadLatest?: () => Promise<Person>;
};

const today = () => calendarDate(new Date());

export function PersonForm({ person, withContact, readOnly, onSubmit, onSaved, onReloadLatest }: Props) {
  const id = useId();
  const savedPerson = useRef<Person | null>(null);
  const form = useForm<PersonFormValues, unknown, PersonInput>({
    resolver: formResolver(personFormSchema),
    defaultValues: personFormValues(person),
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const fieldOf = (path: string) => {
    const [head, kind, part] = path.split(".");
    if (head === "consents" && kind && part) return `consents.${kind}.${part}` as "consents.contact.givenOn";
    return head && head in personFormValues(null) ? (head as keyof PersonFormValues) : undefined;
  };
  const flow = useSaveFlow(form, fieldOf);
  const submit = form.handleSubmit((values) =>
    flow.save(
      async () => {
        const fresh = await onSubmit(values);
        savedPerson.current = fresh;
        return personFormValues(fresh);
      },
      () => savedPerson.current && onSaved?.(savedPerson.current),
    ),
  );
  const reload = onReloadLatest
    ? () => void flow.reload(async () => personFormValues(await onReloadLatest()))
    : undefined;

  return (
    <form className="work-item-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard shouldBlock={flow.shouldBlock} />
      {flow.conflict ? <ConflictAlert what="this person" onReload={reload} /> : null}
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
      <fieldset disabled={readOnly} className="work-item-form__fields">
        <legend className="visually-hidden">Details of the person</legend>
        <FormField label="Name" error={errors.name?.message} required>
          <input type="text" autoComplete="off" {...form.register("name")} />
        </FormField>
        {withContact ? (
          <div className="form-row">
            <FormField label="Email" error={errors.email?.message}>
              <input type="email" autoComplete="off" {...form.register("email")} />
            </FormField>
            <FormField label="Phone" error={errors.phone?.message}>
              <input type="tel" autoComplete="off" {...form.register("phone")} />
            </FormField>
          </div>
        ) : null}
        <fieldset className="checkbox-group" aria-describedby={errors.perspectives ? `${id}-p-error` : undefined}>
          <legend>Perspectives</legend>
          {errors.perspectives ? (
            <p className="field__error" id={`${id}-p-error`}>
              {errors.perspectives.message ?? errors.perspectives.root?.message}
            </p>
          ) : null}
          <div className="checkbox-group__items">
            {perspectives.map((value) => (
              <div className="field--checkbox" key={value}>
                <input id={`${id}-p-${value}`} type="checkbox" value={value} {...form.register("perspectives")} />
                <label htmlFor={`${id}-p-${value}`}>{perspectiveLabels[value]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <FormField
          label="Lived experience"
          error={errors.livedExperience?.message}
          hint="Areas such as HIV or dementia, separated by commas."
        >
          <input type="text" autoComplete="off" {...form.register("livedExperience")} />
        </FormField>
        {withContact ? (
          <FormField label="Access needs" error={errors.accessNeeds?.message}>
            <textarea rows={3} {...form.register("accessNeeds")} />
          </FormField>
        ) : null}
        <div className="form-row">
          <FormField label="Payment preference" error={errors.paymentPreference?.message}>
            <select {...form.register("paymentPreference")}>
              <option value="">Not recorded</option>
              {paymentPreferences.map((value) => (
                <option key={value} value={value}>
                  {paymentPreferenceLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Retention review date"
            error={errors.retentionReviewOn?.message}
            hint="When to check whether we still need to keep these details."
          >
            <input type="date" {...form.register("retentionReviewOn")} />
          </FormField>
        </div>
        {consentKinds.map((kind) => (
          <fieldset key={kind} className="consent">
            <legend>Consent: {consentLabels[kind].toLowerCase()}</legend>
            <div className="form-row">
              <FormField label="Given on" error={errors.consents?.[kind]?.givenOn?.message}>
                <input type="date" {...form.register(`consents.${kind}.givenOn`)} />
              </FormField>
              <FormField label="Withdrawn on" error={errors.consents?.[kind]?.withdrawnOn?.message}>
                <input type="date" {...form.register(`consents.${kind}.withdrawnOn`)} />
              </FormField>
            </div>
            {readOnly || !person?.consents[kind] || person.consents[kind]?.withdrawnOn ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => form.setValue(`consents.${kind}.withdrawnOn`, today(), { shouldDirty: true })}
              >
                Withdraw {consentLabels[kind].toLowerCase()} consent today
              </button>
            )}
          </fieldset>
        ))}
      </fieldset>
      {readOnly ? null : (
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save"}
          </button>
        </div>
      )}
    </form>
  );
}
