import { useId, useRef, useState } from "react";
import { Controller } from "react-hook-form";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { PersonPicker } from "../../../components/ui/person-picker";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { bursaryStartStatuses, bursaryStatusLabels } from "../../../shared/schemas/bursary";
import { patientVoice } from "../../../shared/schemas/person";
import { useCreateBursary } from "../api/bursaries";
import { bursaryFieldOf, bursaryFormSchema, emptyBursaryForm } from "../bursary-form-schema";

const moneyHint = "In pounds, like 45 or 45.50. Leave blank for none.";

/** Records a bursary for a patient, service user or carer at this event. */
export function AddBursaryForm({ workItemId }: { workItemId: string }) {
  const id = useId();
  const create = useCreateBursary();
  // The name of the person chosen, for the message after saving.
  const chosenName = useRef("");
  // Remounting the picker after a save clears its search box as well as its choice.
  const [pickerKey, setPickerKey] = useState(0);
  const { form, submit, shouldBlock } = useCreateForm({
    schema: bursaryFormSchema,
    empty: emptyBursaryForm,
    fieldOf: bursaryFieldOf,
    conflictMessage: "Could not add the bursary. Please try again.",
    save: async (values) => {
      await create.mutateAsync({ workItemId, ...values });
      return `Added a bursary for ${chosenName.current || "them"}.`;
    },
    afterReset: () => {
      chosenName.current = "";
      setPickerKey((key) => key + 1);
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
      <h3 id={`${id}-title`}>Add a bursary</h3>
      <FormAlert message={errors.root?.message} />
      <Controller
        control={form.control}
        name="personId"
        render={({ field }) => (
          <PersonPicker
            key={pickerKey}
            label="Person"
            hint="Patients, service users and carers."
            perspectives={patientVoice}
            value={field.value}
            error={errors.personId?.message}
            onChange={(personId, person) => {
              chosenName.current = person?.name ?? "";
              field.onChange(personId);
              field.onBlur();
            }}
          />
        )}
      />
      <FormField label="Status" error={errors.status?.message} required>
        <select {...form.register("status")}>
          {bursaryStartStatuses.map((status) => (
            <option key={status} value={status}>
              {bursaryStatusLabels[status]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-row">
        <FormField label="Ticket value waived (£)" hint={moneyHint} error={errors.ticketValue?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...form.register("ticketValue")} />
        </FormField>
        <FormField label="Travel (£)" hint={moneyHint} error={errors.travel?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...form.register("travel")} />
        </FormField>
      </div>
      <div className="form-row">
        <FormField label="Accommodation (£)" hint={moneyHint} error={errors.accommodation?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...form.register("accommodation")} />
        </FormField>
        <FormField label="Care costs (£)" hint={moneyHint} error={errors.care?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...form.register("care")} />
        </FormField>
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        Add bursary
      </button>
    </form>
  );
}
