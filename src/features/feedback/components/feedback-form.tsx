import { EditForm } from "../../../components/ui/edit-form";
import { FormField } from "../../../components/ui/form-field";
import { NamedOptions, Options } from "../../../components/ui/options";
import { type EditHandlers, useEditForm } from "../../../components/ui/use-edit-form";
import { calendarDate } from "../../../shared/calendar-date";
import {
  actionStatuses,
  actionStatusLabels,
  type Feedback,
  feedbackChannelLabels,
  feedbackChannels,
} from "../../../shared/schemas/feedback";
import type { UserSummary } from "../../../shared/schemas/users";
import {
  type FeedbackFormOutput,
  feedbackFieldOf,
  feedbackFormSchema,
  feedbackFormValues,
} from "../feedback-form-schema";
import { FeedbackSummary } from "./feedback-summary";

const today = () => calendarDate(new Date());

const editing = {
  schema: feedbackFormSchema,
  fieldOf: feedbackFieldOf,
  toValues: (saved: Feedback) => feedbackFormValues(saved, today()),
};

type Props = EditHandlers<FeedbackFormOutput, Feedback> & {
  item: Feedback | null;
  users: UserSummary[];
  /** A role that may not change feedback reads it as a summary, with no form fields. */
  readOnly?: boolean;
  /** The work item it is about, by title, for the summary's link (the page looks it up). */
  workItemTitle?: string | undefined;
};

/** "You said, we did": a form for a role that may change it, a summary for one that may not. */
export function FeedbackForm({ readOnly, workItemTitle, ...props }: Props) {
  if (readOnly) {
    return props.item ? <FeedbackSummary item={props.item} users={props.users} workItemTitle={workItemTitle} /> : null;
  }
  return <FeedbackEditForm {...props} />;
}

/** What we were told, and what we are doing about it. */
function FeedbackEditForm({ item, users, ...handlers }: Omit<Props, "readOnly" | "workItemTitle">) {
  const { form, frame } = useEditForm(editing, feedbackFormValues(item, today()), handlers);
  const { errors } = form.formState;

  return (
    <EditForm frame={frame} what="this feedback" legend="Feedback and action">
      <div className="form-row">
        <FormField label="Received on" error={errors.receivedOn?.message} required>
          <input type="date" {...form.register("receivedOn")} />
        </FormField>
        <FormField label="Channel" error={errors.channel?.message} required>
          <select {...form.register("channel")}>
            <Options values={feedbackChannels} labels={feedbackChannelLabels} />
          </select>
        </FormField>
      </div>
      <FormField label="What we were told" error={errors.summary?.message} required>
        <textarea rows={3} {...form.register("summary")} />
      </FormField>
      <FormField label="What we will do" error={errors.action?.message}>
        <textarea rows={3} {...form.register("action")} />
      </FormField>
      <div className="form-row">
        <FormField label="Action owner" error={errors.actionOwnerId?.message}>
          <select {...form.register("actionOwnerId")}>
            <option value="">No owner yet</option>
            <NamedOptions items={users} />
          </select>
        </FormField>
        <FormField label="Due on" error={errors.actionDueOn?.message}>
          <input type="date" {...form.register("actionDueOn")} />
        </FormField>
        <FormField label="Action status" error={errors.actionStatus?.message} required>
          <select {...form.register("actionStatus")}>
            <Options values={actionStatuses} labels={actionStatusLabels} />
          </select>
        </FormField>
      </div>
      <FormField label="Why we won't act on it" error={errors.wontDoReason?.message} hint="Needed for Won't do.">
        <textarea rows={2} {...form.register("wontDoReason")} />
      </FormField>
      <FormField label="Told them back on" error={errors.toldBackOn?.message} hint="When we told them what we did.">
        <input type="date" {...form.register("toldBackOn")} />
      </FormField>
    </EditForm>
  );
}
