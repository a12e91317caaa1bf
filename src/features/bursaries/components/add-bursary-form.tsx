import { useRef, useState } from "react";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { PersonPickerField } from "../../../components/ui/person-picker";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { bursaryStartStatuses, bursaryStatusLabels } from "../../../shared/schemas/bursaries";
import { patientVoice } from "../../../shared/schemas/people";
import { useCreateBursary } from "../api/bursaries";
import { bursaryFieldOf, bursaryFormSchema, emptyBursaryForm } from "../bursary-form-schema";

const moneyHint = "In pounds, like 45 or 45.50. Leave blank for none.";
/** The four sums, two to a row. */
const moneyRows = [
  [
    { name: "ticketValue", label: "Ticket value waived (£)" },
    { name: "travel", label: "Travel (£)" },
  ],
  [
    { name: "accommodation", label: "Accommodation (£)" },
    { name: "care", label: "Care costs (£)" },
  ],
] as const;

/** Records a bursary for a patient, service user or carer at this event. */
export function AddBursaryForm({ workItemId }: { workItemId: string }) {
  const create = useCreateBursary();
  // The name of the person chosen, for the message after saving.
  const chosenName = useRef("");
  // Remounting the picker after a save clears its search box as well as its choice.
  const [pickerKey, setPickerKey] = useState(0);
  const { form, frame } = useCreateForm({
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
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Add a bursary" submitLabel="Add bursary">
      <PersonPickerField
        key={pickerKey}
        control={form.control}
        name="personId"
        label="Person"
        hint="Patients, service users and carers."
        perspectives={patientVoice}
        onPick={(person) => {
          chosenName.current = person?.name ?? "";
        }}
      />
      <FormField label="Status" error={errors.status?.message} required>
        <select {...form.register("status")}>
          <Options values={bursaryStartStatuses} labels={bursaryStatusLabels} />
        </select>
      </FormField>
      {moneyRows.map((row) => (
        <div className="form-row" key={row[0].name}>
          {row.map(({ name, label }) => (
            <FormField key={name} label={label} hint={moneyHint} error={errors[name]?.message}>
              <input type="text" inputMode="decimal" autoComplete="off" {...form.register(name)} />
            </FormField>
          ))}
        </div>
      ))}
    </CreateForm>
  );
}
