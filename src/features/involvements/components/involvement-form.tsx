import { useId } from "react";
import { useForm } from "react-hook-form";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useSaveFlow } from "../../../components/ui/use-save-flow";
import { formResolver } from "../../../lib/form-resolver";
import {
  type Involvement,
  involvementStatuses,
  involvementStatusLabels,
  paymentStatuses,
  paymentStatusLabels,
  supportKinds,
  supportLabels,
} from "../../../shared/schemas/involvement";
import { involvementRoleLabels, involvementRoles } from "../../../shared/schemas/involvement-plan";
import {
  type InvolvementChanges,
  type InvolvementFormValues,
  involvementFieldOf,
  involvementFormSchema,
  involvementFormValues,
} from "../involvement-form-schema";

type Props = {
  involvement: Involvement;
  readOnly: boolean;
  onSubmit: (changes: InvolvementChanges) => Promise<Involvement>;
  onReloadLatest: () => Promise<Involvement>;
};

export function InvolvementForm({ involvement, readOnly, onSubmit, onReloadLatest }: Props) {
  const id = useId();
  const form = useForm<InvolvementFormValues, unknown, InvolvementChanges>({
    resolver: formResolver(involvementFormSchema),
    defaultValues: involvementFormValues(involvement),
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const flow = useSaveFlow(form, involvementFieldOf);
  const submit = form.handleSubmit((values) => flow.save(async () => involvementFormValues(await onSubmit(values))));

  return (
    <form className="work-item-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard shouldBlock={flow.shouldBlock} />
      {flow.conflict ? (
        <ConflictAlert
          what="this involvement"
          onReload={() => void flow.reload(async () => involvementFormValues(await onReloadLatest()))}
        />
      ) : null}
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
      <fieldset disabled={readOnly} className="work-item-form__fields">
        <legend className="visually-hidden">The involvement</legend>
        <div className="form-row">
          <FormField label="Role" error={errors.role?.message} required>
            <select {...form.register("role")}>
              {involvementRoles.map((value) => (
                <option key={value} value={value}>
                  {involvementRoleLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Status" error={errors.status?.message} required hint="Confirming needs the brief below.">
            <select {...form.register("status")}>
              {involvementStatuses.map((value) => (
                <option key={value} value={value}>
                  {involvementStatusLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className="form-row">
          <FormField label="From" error={errors.startDate?.message}>
            <input type="date" {...form.register("startDate")} />
          </FormField>
          <FormField label="To" error={errors.endDate?.message}>
            <input type="date" {...form.register("endDate")} />
          </FormField>
          <FormField label="Hours" error={errors.hours?.message}>
            <input type="text" inputMode="decimal" {...form.register("hours")} />
          </FormField>
        </div>
        <FormField label="What we ask of them" error={errors.ask?.message} hint="Needed before confirming.">
          <textarea rows={3} {...form.register("ask")} />
        </FormField>
        <FormField
          label="What they can expect of us"
          error={errors.expectations?.message}
          hint="Needed before confirming."
        >
          <textarea rows={3} {...form.register("expectations")} />
        </FormField>
        <fieldset className="checkbox-group">
          <legend>Support offered</legend>
          <div className="checkbox-group__items">
            {supportKinds.map((value) => (
              <div className="field--checkbox" key={value}>
                <input id={`${id}-s-${value}`} type="checkbox" value={value} {...form.register("support")} />
                <label htmlFor={`${id}-s-${value}`}>{supportLabels[value]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          <FormField label="Fee (£)" error={errors.fee?.message}>
            <input type="text" inputMode="decimal" {...form.register("fee")} />
          </FormField>
          <FormField label="Expenses (£)" error={errors.expenses?.message}>
            <input type="text" inputMode="decimal" {...form.register("expenses")} />
          </FormField>
          <FormField label="Payment status" error={errors.paymentStatus?.message} required>
            <select {...form.register("paymentStatus")}>
              {paymentStatuses.map((value) => (
                <option key={value} value={value}>
                  {paymentStatusLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField label="Their feedback" error={errors.feedback?.message}>
          <textarea rows={3} {...form.register("feedback")} />
        </FormField>
        <FormField label="Impact" error={errors.impact?.message} hint="What changed because of them.">
          <textarea rows={3} {...form.register("impact")} />
        </FormField>
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
