import { z } from "zod";
import { choice, id, isoDate, listQuery, optionalParam, storedFields, versionLastRead } from "./common";

export const feedbackChannels = ["email", "phone", "letter", "meeting", "survey", "social_media", "other"] as const;
export const feedbackChannelLabels: Record<(typeof feedbackChannels)[number], string> = {
  email: "Email",
  phone: "Phone",
  letter: "Letter",
  meeting: "Meeting",
  survey: "Survey",
  social_media: "Social media",
  other: "Other",
};
export const actionStatuses = ["open", "in_progress", "done", "wont_do"] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  wont_do: "Won't do",
};

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label.toLowerCase()} to ${max.toLocaleString("en-GB")} characters or fewer`);

/** "You said, we did": what someone told us, and the action we took. */
export const feedbackFields = z.object({
  personId: id.nullable(),
  workItemId: id.nullable(),
  receivedOn: isoDate,
  channel: choice(feedbackChannels),
  summary: z.string({ error: "Say what we were told" }).trim().min(1, "Say what we were told").max(5000),
  action: text(5000, "Action"),
  actionOwnerId: id.nullable(),
  actionDueOn: isoDate.nullable(),
  actionStatus: choice(actionStatuses),
  wontDoReason: text(2000, "Reason"),
  toldBackOn: isoDate.nullable(),
});

export function feedbackRules(
  value: { actionStatus?: string; wontDoReason?: string; receivedOn?: string; toldBackOn?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.actionStatus === "wont_do" && !value.wontDoReason?.trim()) {
    ctx.addIssue({ code: "custom", path: ["wontDoReason"], message: "Say why we won't act on it" });
  }
  if (value.toldBackOn && value.receivedOn && value.toldBackOn < value.receivedOn) {
    ctx.addIssue({ code: "custom", path: ["toldBackOn"], message: "Told back must be on or after the date received" });
  }
}

const feedbackInput = feedbackFields
  .extend({
    personId: feedbackFields.shape.personId.default(null),
    workItemId: feedbackFields.shape.workItemId.default(null),
    action: feedbackFields.shape.action.default(""),
    actionOwnerId: feedbackFields.shape.actionOwnerId.default(null),
    actionDueOn: feedbackFields.shape.actionDueOn.default(null),
    actionStatus: feedbackFields.shape.actionStatus.default("open"),
    wontDoReason: feedbackFields.shape.wontDoReason.default(""),
    toldBackOn: feedbackFields.shape.toldBackOn.default(null),
  })
  .superRefine(feedbackRules);
export type FeedbackInput = z.infer<typeof feedbackInput>;

const feedbackPatch = feedbackFields.partial().extend({ version: versionLastRead });

export const feedback = feedbackFields.extend({
  /** True when the action is still open or in progress after its due date. */
  overdue: z.boolean(),
  ...storedFields,
});
export type Feedback = z.infer<typeof feedback>;

export const feedbackListQuery = listQuery({
  personId: optionalParam(id),
  workItemId: optionalParam(id),
  actionStatus: optionalParam(feedbackFields.shape.actionStatus),
  /** `actions=open`: open and in-progress actions only, overdue first. */
  actions: optionalParam(z.enum(["open"], { error: "Use actions=open, or leave it out" })),
});
export type FeedbackListQuery = z.infer<typeof feedbackListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const feedbackSchemas = { item: feedback, input: feedbackInput, patch: feedbackPatch, query: feedbackListQuery };
