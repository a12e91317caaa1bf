import { z } from "zod";
import { isoDate } from "../../shared/schemas/common";
import { type Feedback, feedbackFields, feedbackRules } from "../../shared/schemas/feedback";

const optionalDate = z.union([z.literal(""), isoDate]);
const optionalId = z.union([z.literal(""), z.uuid()]);

/** The form's view of the shared feedback schema: empty boxes mean "none". */
export const feedbackFormSchema = feedbackFields
  .extend({
    personId: optionalId,
    workItemId: optionalId,
    actionOwnerId: optionalId,
    actionDueOn: optionalDate,
    toldBackOn: optionalDate,
  })
  .superRefine(feedbackRules)
  .transform(({ personId, workItemId, actionOwnerId, actionDueOn, toldBackOn, ...rest }) => ({
    ...rest,
    personId: personId || null,
    workItemId: workItemId || null,
    actionOwnerId: actionOwnerId || null,
    actionDueOn: actionDueOn || null,
    toldBackOn: toldBackOn || null,
  }));

type FeedbackFormValues = z.input<typeof feedbackFormSchema>;
export type FeedbackFormOutput = z.output<typeof feedbackFormSchema>;

export function feedbackFormValues(item: Feedback | null, today: string): FeedbackFormValues {
  return {
    personId: item?.personId ?? "",
    workItemId: item?.workItemId ?? "",
    receivedOn: item?.receivedOn ?? today,
    channel: item?.channel ?? "email",
    summary: item?.summary ?? "",
    action: item?.action ?? "",
    actionOwnerId: item?.actionOwnerId ?? "",
    actionDueOn: item?.actionDueOn ?? "",
    actionStatus: item?.actionStatus ?? "open",
    wontDoReason: item?.wontDoReason ?? "",
    toldBackOn: item?.toldBackOn ?? "",
  };
}

export const feedbackFieldOf = (path: string) => {
  const head = path.split(".")[0] ?? "";
  return head in feedbackFormValues(null, "") ? (head as keyof FeedbackFormValues) : undefined;
};
