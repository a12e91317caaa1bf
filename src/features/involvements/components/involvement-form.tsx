import { BriefFields } from "../../../components/ui/brief-fields";
import { CheckboxGroup } from "../../../components/ui/checkbox-group";
import { EditForm } from "../../../components/ui/edit-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { type EditHandlers, useEditForm } from "../../../components/ui/use-edit-form";
import { involvementRoleLabels, involvementRoles } from "../../../shared/schemas/involvement-plans";
import {
  type Involvement,
  involvementStatuses,
  involvementStatusLabels,
  supportKinds,
  supportLabels,
} from "../../../shared/schemas/involvements";
import {
  type InvolvementChanges,
  involvementFieldOf,
  involvementFormSchema,
  involvementFormValues,
} from "../involvement-form-schema";
import { FeeFields } from "./fee-fields";
import { InvolvementSummary } from "./involvement-summary";

const editing = { schema: involvementFormSchema, fieldOf: involvementFieldOf, toValues: involvementFormValues };

type Props = EditHandlers<InvolvementChanges, Involvement> & {
  involvement: Involvement;
  /** A role that may not change the involvement reads it as a summary, with no form fields. */
  readOnly: boolean;
  /** Whether this role sees the support offered (health and care needs; managers do not). */
  withSupport: boolean;
  onReloadLatest: () => Promise<Involvement>;
};

/** An involvement: a form for a role that may change it, a summary for one that may not. */
export function InvolvementForm({ readOnly, ...props }: Props) {
  return readOnly ? (
    <InvolvementSummary involvement={props.involvement} withSupport={props.withSupport} />
  ) : (
    <InvolvementEditForm {...props} />
  );
}

function InvolvementEditForm({ involvement, withSupport, ...handlers }: Omit<Props, "readOnly">) {
  const { form, frame } = useEditForm(editing, involvementFormValues(involvement), handlers);
  const { errors } = form.formState;

  return (
    <EditForm frame={frame} what="this involvement" legend="The involvement">
      <div className="form-row">
        <FormField label="Role" error={errors.role?.message} required>
          <select {...form.register("role")}>
            <Options values={involvementRoles} labels={involvementRoleLabels} />
          </select>
        </FormField>
        <FormField label="Status" error={errors.status?.message} required hint="Confirming needs the brief below.">
          <select {...form.register("status")}>
            <Options values={involvementStatuses} labels={involvementStatusLabels} />
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
      <BriefFields ask={form.register("ask")} expectations={form.register("expectations")} errors={errors} rows={3} />
      {withSupport ? (
        <CheckboxGroup
          legend="Support offered"
          values={supportKinds}
          labels={supportLabels}
          {...form.register("support")}
        />
      ) : null}
      <FeeFields form={form} />
      <FormField label="Their feedback" error={errors.feedback?.message}>
        <textarea rows={3} {...form.register("feedback")} />
      </FormField>
      <FormField label="Impact" error={errors.impact?.message} hint="What changed because of them.">
        <textarea rows={3} {...form.register("impact")} />
      </FormField>
    </EditForm>
  );
}
