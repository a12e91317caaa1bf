import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { CheckboxGroup } from "../../../components/ui/checkbox-group";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { SaveActions } from "../../../components/ui/submit-button";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useFocusFirstError } from "../../../components/ui/use-focus-first-error";
import { isProblem } from "../../../lib/api-client";
import { showProblemOnForm } from "../../../lib/form-errors";
import { checkOnSubmit, formResolver } from "../../../lib/form-resolver";
import {
  type InvolvementPlan,
  type InvolvementPlanInput,
  involvementLevelLabels,
  involvementLevels,
  involvementRoleLabels,
  involvementRoles,
} from "../../../shared/schemas/involvement-plans";
import { useSavePlan } from "../api/plan";
import { formFieldOf, type PlanFormValues, planFormSchema, planFormValues } from "../plan-form-schema";

type Props = {
  workItemId: string;
  plan: InvolvementPlan | null;
  /** Fetches the latest decision after a conflict. */
  onReloadLatest: () => Promise<InvolvementPlan | null>;
};

/** Records the decision the policy asks for on every piece of work. */
export function InvolvementPlanForm({ workItemId, plan, onReloadLatest }: Props) {
  const id = useId();
  const save = useSavePlan(workItemId);
  const flash = useFlash();
  const form = useForm<PlanFormValues, unknown, InvolvementPlanInput>({
    resolver: formResolver(planFormSchema),
    defaultValues: planFormValues(plan),
    ...checkOnSubmit,
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const formRef = useFocusFirstError(form.formState);
  const [conflict, setConflict] = useState(false);
  // The version being edited: a background refetch must not make a save overwrite silently.
  const editingVersion = useRef(plan?.version);
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  const level = form.watch("level");

  useEffect(() => {
    if (!isDirty) setConflict(false);
  }, [isDirty]);

  const submit = form.handleSubmit(async (values) => {
    setConflict(false);
    try {
      const saved = await save.mutateAsync({
        ...values,
        ...(editingVersion.current ? { version: editingVersion.current } : {}),
      });
      editingVersion.current = saved.version;
      form.reset(planFormValues(saved));
      flash.show("Saved the involvement decision.");
    } catch (error) {
      // A 422 at `version` means a decision was recorded meanwhile: that is a conflict too.
      if (isProblem(error, 422) && error.errors.some((e) => e.path === "version")) {
        setConflict(true);
        return;
      }
      const field = (path: string) => formFieldOf[path.split(".")[0] ?? ""];
      if (showProblemOnForm(form, error, field) === "conflict") setConflict(true);
    }
  });

  const reload = async () => {
    const latest = await onReloadLatest();
    editingVersion.current = latest?.version;
    form.reset(planFormValues(latest));
    setConflict(false);
  };

  return (
    <form ref={formRef} className="work-item-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={() => dirty.current} />
      <h2 id={`${id}-title`}>Involvement decision</h2>
      <p className="field__hint">
        {plan
          ? "Whether and how patients, service users, carers and the public are involved in this work."
          : "No decision is recorded yet: this work item is undecided."}
      </p>
      {conflict ? <ConflictAlert what="this involvement decision" onReload={reload} /> : null}
      <FormAlert message={errors.root?.message} />
      <div className="field field--checkbox">
        <input id={`${id}-considered`} type="checkbox" {...form.register("considered")} />
        <label htmlFor={`${id}-considered`}>Involvement was considered</label>
      </div>
      <div className="form-row">
        <FormField label="Planned level" error={errors.level?.message} required>
          <select {...form.register("level")}>
            <option value="">Choose a level</option>
            <Options values={involvementLevels} labels={involvementLevelLabels} />
          </select>
        </FormField>
        <FormField label="Date considered" error={errors.consideredOn?.message} hint="Today if left empty.">
          <input type="date" {...form.register("consideredOn")} />
        </FormField>
        <FormField label="Involvement budget (£)" error={errors.budget?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...form.register("budget")} />
        </FormField>
      </div>
      <CheckboxGroup
        legend="Planned roles"
        values={involvementRoles}
        labels={involvementRoleLabels}
        {...form.register("roles")}
        error={errors.roles?.message}
      />
      <FormField
        label="Reason"
        error={errors.reason?.message}
        required={level === "none"}
        hint="Needed when the level is None: why patients and the public are not involved."
      >
        <textarea rows={3} {...form.register("reason")} />
      </FormField>
      <SaveActions busy={isSubmitting} label="Record decision" busyLabel="Recording…" />
    </form>
  );
}
