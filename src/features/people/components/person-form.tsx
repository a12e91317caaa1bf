import { CheckboxGroup } from "../../../components/ui/checkbox-group";
import { EditForm } from "../../../components/ui/edit-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { type EditHandlers, useEditForm } from "../../../components/ui/use-edit-form";
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
} from "../../../shared/schemas/people";
import { type PersonFormValues, personFormSchema, personFormValues } from "../person-form-schema";
import { PersonSummary } from "./person-summary";

type Props = EditHandlers<PersonInput, Person> & {
  person: Person | null;
  /** Whether this role sees contact details, lived experience and access needs (managers do not). */
  withPersonal: boolean;
  /** A role that may not change the person reads them as a summary, with no form fields. */
  readOnly?: boolean;
};

const today = () => calendarDate(new Date());

const editing = {
  schema: personFormSchema,
  fieldOf: (path: string) => {
    const [head, kind, part] = path.split(".");
    if (head === "consents" && kind && part) return `consents.${kind}.${part}` as "consents.contact.givenOn";
    return head && head in personFormValues(null) ? (head as keyof PersonFormValues) : undefined;
  },
  toValues: personFormValues,
};

/** A person's details: a form for a role that may change them, a summary for one that may not. */
export function PersonForm({ readOnly, ...props }: Props) {
  if (readOnly) return props.person ? <PersonSummary person={props.person} withPersonal={props.withPersonal} /> : null;
  return <PersonEditForm {...props} />;
}

function PersonEditForm({ person, withPersonal, ...handlers }: Omit<Props, "readOnly">) {
  const { form, frame } = useEditForm(editing, personFormValues(person), handlers);
  const { errors } = form.formState;

  return (
    <EditForm frame={frame} what="this person" legend="Details of the person">
      <FormField label="Name" error={errors.name?.message} required>
        <input type="text" autoComplete="off" {...form.register("name")} />
      </FormField>
      {withPersonal ? (
        <div className="form-row">
          <FormField label="Email" error={errors.email?.message}>
            <input type="email" autoComplete="off" {...form.register("email")} />
          </FormField>
          <FormField label="Phone" error={errors.phone?.message}>
            <input type="tel" autoComplete="off" {...form.register("phone")} />
          </FormField>
        </div>
      ) : null}
      <CheckboxGroup
        legend="Perspectives"
        values={perspectives}
        labels={perspectiveLabels}
        {...form.register("perspectives")}
        error={errors.perspectives?.message ?? errors.perspectives?.root?.message}
      />
      {withPersonal ? (
        <>
          <FormField
            label="Lived experience"
            error={errors.livedExperience?.message}
            hint="Areas such as HIV or dementia, separated by commas."
          >
            <input type="text" autoComplete="off" {...form.register("livedExperience")} />
          </FormField>
          <FormField label="Access needs" error={errors.accessNeeds?.message}>
            <textarea rows={3} {...form.register("accessNeeds")} />
          </FormField>
        </>
      ) : null}
      <div className="form-row">
        <FormField label="Payment preference" error={errors.paymentPreference?.message}>
          <select {...form.register("paymentPreference")}>
            <option value="">Not recorded</option>
            <Options values={paymentPreferences} labels={paymentPreferenceLabels} />
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
          {!person?.consents[kind] || person.consents[kind]?.withdrawnOn ? null : (
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
    </EditForm>
  );
}
