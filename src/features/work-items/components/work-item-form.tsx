import type { z } from "zod";
import { EditForm } from "../../../components/ui/edit-form";
import { FormField } from "../../../components/ui/form-field";
import { NamedOptions, Options } from "../../../components/ui/options";
import { type EditHandlers, useEditForm } from "../../../components/ui/use-edit-form";
import type { Team } from "../../../shared/schemas/team";
import type { UserSummary } from "../../../shared/schemas/users";
import {
  type WorkItemInput,
  type WorkItemKind,
  workItemInput,
  workItemKindLabels,
  workItemStatuses,
  workItemStatusLabels,
} from "../../../shared/schemas/work-items";
import { WorkItemSummary } from "./work-item-summary";

export type WorkItemFormValues = z.input<typeof workItemInput>;

const fieldNames = ["title", "kind", "teamId", "leadId", "startDate", "endDate", "status", "summary"] as const;

const editing = {
  schema: workItemInput,
  fieldOf: (path: string) => {
    const field = path.split(".")[0] as (typeof fieldNames)[number];
    return fieldNames.includes(field) ? field : undefined;
  },
  toValues: (saved: WorkItemFormValues) => saved,
};

/** Saving and reloading resolve with the values to show afterwards. */
type Props = EditHandlers<WorkItemInput, WorkItemFormValues> & {
  initial: WorkItemFormValues;
  teams: Team[];
  users: UserSummary[];
  kinds: readonly WorkItemKind[];
  /** A role that may not change the item reads it as a summary, with no form fields. */
  readOnly?: boolean;
};

/** The work item's details: a form for a role that may change them, a summary for one that may not. */
export function WorkItemForm({ readOnly, ...props }: Props) {
  return readOnly ? (
    <WorkItemSummary item={props.initial} teams={props.teams} users={props.users} />
  ) : (
    <WorkItemEditForm {...props} />
  );
}

/**
 * The work item form: validated by the same zod schema as the API, with the API's own
 * field errors shown on the field. What the person typed stays on any failure.
 */
function WorkItemEditForm({ initial, teams, users, kinds, ...handlers }: Omit<Props, "readOnly">) {
  const { form, frame } = useEditForm(editing, initial, handlers);
  const { errors } = form.formState;

  return (
    <EditForm frame={frame} what="this work item" legend="Work item details">
      <FormField label="Title" error={errors.title?.message} required>
        <input type="text" maxLength={400} {...form.register("title")} />
      </FormField>
      <div className="form-row">
        <FormField label="Kind" error={errors.kind?.message} required>
          <select {...form.register("kind")}>
            <Options values={kinds} labels={workItemKindLabels} />
          </select>
        </FormField>
        <FormField label="Status" error={errors.status?.message} required>
          <select {...form.register("status")}>
            <Options values={workItemStatuses} labels={workItemStatusLabels} />
          </select>
        </FormField>
      </div>
      <div className="form-row">
        <FormField label="Team" error={errors.teamId?.message} required>
          <select {...form.register("teamId")}>
            <option value="">Choose a team</option>
            <NamedOptions items={teams} />
          </select>
        </FormField>
        <FormField label="Lead" error={errors.leadId?.message} required>
          <select {...form.register("leadId")}>
            <option value="">Choose a lead</option>
            <NamedOptions items={users} />
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
    </EditForm>
  );
}
