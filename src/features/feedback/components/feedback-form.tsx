import { useRef } from "react";
import { useForm } from "react-hook-form";
import { ConflictAlert } from "../../../components/ui/conflict-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useSaveFlow } from "../../../components/ui/use-save-flow";
import { formResolver } from "../../../lib/form-resolver";
import { calendarDate } from "../../../shared/calendar-date";
import { actionStatuses, actionStatusLabels, type Feedback, feedbackChannels } from "../../../shared/schemas/feedback";
import type { UserSummary } from "../../../shared/schemas/user";
import {
  type FeedbackFormOutput,
  type FeedbackFormValues,
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

type Props = {
  item: Feedback | null;
  users: UserSummary[];
  onSubmit: (values: FeedbackFormOutput) => Promise<Feedback>;
  onSaved?: (item: Feedback) => void;
  onReloadLatest?: () => Promise<Feedback>;
  readOnly?: boolean;
};

/** "You said, we did": what we were told, and what we are doing about it. */
export function FeedbackForm({ item, users, onSubmit, onSaved, onReloadLatest, readOnly }: Props) {
  const form = useForm<FeedbackFormValues, unknown, FeedbackFormOutput>({
    resolver: formResolver(feedbackFormSchema),
    defaultValues: feedbackFormValues(item, today()),
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const flow = useSaveFlow(form, feedbackFieldOf);
  const savedItem = useRef<Feedback | null>(null);
  const submit = form.handleSubmit((values) =>
    flow.save(
      async () => {
        savedItem.current = await onSubmit(values);
        return feedbackFormValues(savedItem.current, today());
      },
      () => savedItem.current && onSaved?.(savedItem.current),
    ),
  );

  return (
    <form className="work-item-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard shouldBlock={flow.shouldBlock} />
      {flow.conflict ? (
        <ConflictAlert
          what="this feedback"
          onReload={
            onReloadLatest
              ? () => void flow.reload(async () => feedbackFormValues(await onReloadLatest(), today()))
              : undefined
          }
        />
      ) : null}
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
      <fieldset disabled={readOnly} className="work-item-form__fields">
        <legend className="visually-hidden">Feedback and action</legend>
        <div className="form-row">
          <FormField label="Received on" error={errors.receivedOn?.message} required>
            <input type="date" {...form.register("receivedOn")} />
          </FormField>
          <FormField label="Channel" error={errors.channel?.message} required>
            <select {...form.register("channel")}>
              {feedbackChannels.map((value) => (
                <option key={value} value={value}>
                  {channelLabels[value]}
                </option>
              ))}
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
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Due on" error={errors.actionDueOn?.message}>
            <input type="date" {...form.register("actionDueOn")} />
          </FormField>
          <FormField label="Action status" error={errors.actionStatus?.message} required>
            <select {...form.register("actionStatus")}>
              {actionStatuses.map((value) => (
                <option key={value} value={value}>
                  {actionStatusLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField label="Why we won't act on it" error={errors.wontDoReason?.message} hint="Needed for Won't do.">
          <textarea rows={2} {...form.register("wontDoReason")} />
        </FormField>
        <FormField label="Told them back on" error={errors.toldBackOn?.message} hint="When we told them what we did.">
          <input type="date" {...form.register("toldBackOn")} />
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
