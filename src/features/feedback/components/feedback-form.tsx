import { EditForm } from "../../../components/ui/edit-form";
import { FormField } from "../../../components/ui/form-field";
import { NamedOptions, Options } from "../../../components/ui/options";
import { type EditHandlers, useEditForm } from "../../../components/ui/use-edit-form";
import { calendarDate } from "../../../shared/calendar-date";
import { actionStatuses, actionStatusLabels, type Feedback, feedbackChannels } from "../../../shared/schemas/feedback";
import type { UserSummary } from "../../../shared/schemas/users";
import {
  type FeedbackFormOutput,
  feedbackFieldOf,
  feedbackFormSchema,
  feedbackFormValues,
} from "../feedback-form-schema";

const channelLabels: Record<(typeof feedbackChannels)[number], string> = {
  email: "Email",
  phone: "Phone",
  letter: "Letter",
  meeting: "Meeting",
  survey: "Survey",
  social_media: "Social media",
  other: "Other",
};

const today = () => calendarDate(new Date());

const editing = {
  schema: feedbackFormSchema,
  fieldOf: feedbackFieldOf,
  toValues: (saved: Feedback) => feedbackFormValues(saved, today()),
};

type Props = EditHandlers<FeedbackFormOutput, Feedback> & {
  item: Feedback | null;
  users: UserSummary[];
  readOnly?: boolean;
};

/** "You said, we did": what we were told, and what we are doing about it. */
export function FeedbackForm({ item, users, readOnly, ...handlers }: Props) {
  const { form, frame } = useEditForm(editing, feedbackFormValues(item, today()), handlers);
  const { errors } = form.formState;

  return (
    <EditForm frame={frame} what="this feedback" legend="Feedback and action" readOnly={readOnly}>
      <div className="form-row">
        <FormField label="Received on" error={errors.receivedOn?.message} required>
          <input type="date" {...form.register("receivedOn")} />
        </FormField>
        <FormField label="Channel" error={errors.channel?.message} required>
          <select {...form.register("channel")}>
            <Options values={feedbackChannels} labels={channelLabels} />
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
