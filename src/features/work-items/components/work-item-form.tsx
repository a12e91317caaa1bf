import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useSaveFlow } from "../../../components/ui/use-save-flow";
import { formResolver } from "../../../lib/form-resolver";
import type { Team } from "../../../shared/schemas/team";
import type { UserSummary } from "../../../shared/schemas/user";
import {
  type WorkItemInput,
  type WorkItemKind,
  workItemInput,
  workItemKindLabels,
  workItemStatuses,
  workItemStatusLabels,
} from "../../../shared/schemas/work-item";

export type WorkItemFormValues = z.input<typeof workItemInput>;

const fieldNames = ["title", "kind", "teamId", "leadId", "startDate", "endDate", "status", "summary"] as const;

type Props = {
  initial: WorkItemFormValues;
  teams: Team[];
  users: UserSummary[];
  kinds: readonly WorkItemKind[];
  readOnly?: boolean;
  /** Saves; throws the API's problem on failure. Resolve with the values to show afterwards. */
  onSubmit: (values: WorkItemInput) => Promise<WorkItemFormValues>;
  /** Called after a successful save, once the form is clean (safe to navigate). */
  onSaved?: () => void;
  /** For a 409: fetch the other person's version and show it. */
  onReloadLatest?: () => Promise<WorkItemFormValues>;
};

/**
 * The work item form: validated by the same zod schema as the API, with the API's own
 * field errors shown on the field. What the person typed stays on any failure.
 */
export function WorkItemForm({ initial, teams, users, kinds, readOnly, onSubmit, onSaved, onReloadLatest }: Props) {
  const form = useForm<WorkItemFormValues, unknown, WorkItemInput>({
    resolver: formResolver(workItemInput),
    defaultValues: initial,
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const fieldOf = (path: string) => {
    const field = path.split(".")[0] as (typeof fieldNames)[number];
    return fieldNames.includes(field) ? field : undefined;
  };
  const flow = useSaveFlow(form, fieldOf);
  const submit = form.handleSubmit((values) => flow.save(() => onSubmit(values), onSaved));

  return (
    <form className="work-item-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard shouldBlock={flow.shouldBlock} />
      {flow.conflict ? (
        <ConflictAlert
          what="this work item"
          onReload={onReloadLatest ? () => void flow.reload(onReloadLatest) : undefined}
        />
      ) : null}
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
      <fieldset disabled={readOnly} className="work-item-form__fields">
        <legend className="visually-hidden">Work item details</legend>
        <FormField label="Title" error={errors.title?.message} required>
          <input type="text" maxLength={400} {...form.register("title")} />
        </FormField>
        <div className="form-row">
          <FormField label="Kind" error={errors.kind?.message} required>
            <select {...form.register("kind")}>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {workItemKindLabels[kind]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Status" error={errors.status?.message} required>
            <select {...form.register("status")}>
              {workItemStatuses.map((status) => (
                <option key={status} value={status}>
                  {workItemStatusLabels[status]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className="form-row">
          <FormField label="Team" error={errors.teamId?.message} required>
            <select {...form.register("teamId")}>
              <option value="">Choose a team</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Lead" error={errors.leadId?.message} required>
            <select {...form.register("leadId")}>
              <option value="">Choose a lead</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className="form-row">
          <FormField label="Start date" error={errors.startDate?.message} required>
            <input type="date" {...form.register("startDate")} />
          </FormField>
          <FormField label="End date" error={errors.endDate?.message}>
            <input type="date" {...form.register("endDate", { setValueAs: (v) => (v === "" ? null : v) })} />
          </FormField>
        </div>
        <FormField label="Summary" error={errors.summary?.message} hint="Up to 5,000 characters.">
          <textarea rows={5} {...form.register("summary")} />
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
