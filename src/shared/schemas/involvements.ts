import { z } from "zod";
import { choice, id, idParam, isoDate, listQuery, optionalParam, pence, storedFields, versionLastRead } from "./common";
import { involvementRole } from "./involvement-plans";
import { rateActivityName } from "./rate-cards";

export const involvementStatuses = ["invited", "confirmed", "took_part", "withdrew", "declined"] as const;
export type InvolvementStatus = (typeof involvementStatuses)[number];
export const involvementStatusLabels: Record<InvolvementStatus, string> = {
  invited: "Invited",
  confirmed: "Confirmed",
  took_part: "Took part",
  withdrew: "Withdrew",
  declined: "Declined",
};

export const paymentStatuses = ["not_due", "due", "paid", "declined"] as const;
type PaymentStatus = (typeof paymentStatuses)[number];
export const paymentStatusLabels: Record<PaymentStatus, string> = {
  not_due: "Not due",
  due: "Due",
  paid: "Paid",
  declined: "Declined",
};

export const supportKinds = [
  "briefing",
  "accessibility_adjustments",
  "travel_booked",
  "accommodation_booked",
  "care_costs",
  "mentor",
  "debrief",
  "other",
] as const;
export const supportLabels: Record<(typeof supportKinds)[number], string> = {
  briefing: "Briefing",
  accessibility_adjustments: "Accessibility adjustments",
  travel_booked: "Travel booked",
  accommodation_booked: "Accommodation booked",
  care_costs: "Care costs covered",
  mentor: "A named contact or mentor",
  debrief: "Debrief afterwards",
  other: "Other",
};

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label.toLowerCase()} to ${max.toLocaleString("en-GB")} characters or fewer`);

export const involvementFields = z.object({
  workItemId: id,
  personId: id,
  role: involvementRole,
  status: choice(involvementStatuses),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  hours: z.number({ error: "Enter hours as a number" }).min(0, "Hours cannot be negative").max(10_000).nullable(),
  ask: text(5000, "What we ask"),
  expectations: text(5000, "What they can expect"),
  support: z.array(choice(supportKinds)).max(supportKinds.length),
  feePence: pence("fee").nullable(),
  expensesPence: pence("expenses").nullable(),
  paymentStatus: choice(paymentStatuses),
  /** When it was marked paid: today (the server's) when it becomes paid and none is given; cleared when it stops being paid. */
  paidOn: isoDate.nullable(),
  /** The rate card activity the fee is worked out from ("Half day"), and how many of its unit. */
  rateActivity: rateActivityName.nullable(),
  quantity: z
    .number({ error: "Enter the quantity as a number" })
    .positive("The quantity must be more than 0")
    .max(10_000, "The quantity must be 10,000 or fewer")
    .nullable(),
  /** Why the fee differs from the rate card's suggestion: needed when it does. */
  feeReason: text(1000, "The reason"),
  feedback: text(5000, "Feedback"),
  impact: text(5000, "Impact"),
  /** The agenda session a speaker appears in (conferences and events only). */
  sessionId: z.uuid({ error: "Must be a valid session id" }).nullable(),
});

type Brief = {
  status?: string;
  ask?: string;
  expectations?: string;
  startDate?: string | null;
  endDate?: string | null;
};

/** A confirmed involvement has a brief: what we ask of them and what they can expect of us. */
export function involvementRules(value: Brief, ctx: z.RefinementCtx) {
  if (value.status === "confirmed") {
    if (!value.ask?.trim())
      ctx.addIssue({ code: "custom", path: ["ask"], message: "Say what we ask of them before confirming" });
    if (!value.expectations?.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["expectations"],
        message: "Say what they can expect of us before confirming",
      });
    }
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "End date must be on or after the start date" });
  }
}

const involvementInput = involvementFields
  .extend({
    status: involvementFields.shape.status.default("invited"),
    startDate: involvementFields.shape.startDate.default(null),
    endDate: involvementFields.shape.endDate.default(null),
    hours: involvementFields.shape.hours.default(null),
    ask: involvementFields.shape.ask.default(""),
    expectations: involvementFields.shape.expectations.default(""),
    support: involvementFields.shape.support.default([]),
    feePence: involvementFields.shape.feePence.default(null),
    expensesPence: involvementFields.shape.expensesPence.default(null),
    paymentStatus: involvementFields.shape.paymentStatus.default("not_due"),
    paidOn: involvementFields.shape.paidOn.default(null),
    rateActivity: involvementFields.shape.rateActivity.default(null),
    quantity: involvementFields.shape.quantity.default(null),
    feeReason: involvementFields.shape.feeReason.default(""),
    feedback: involvementFields.shape.feedback.default(""),
    impact: involvementFields.shape.impact.default(""),
    sessionId: involvementFields.shape.sessionId.default(null),
  })
  .superRefine(involvementRules);
export type InvolvementInput = z.infer<typeof involvementInput>;

/** PATCH: any fields but the work item and person (an involvement does not move). */
const involvementPatch = involvementFields
  .omit({ workItemId: true, personId: true })
  .partial()
  .extend({ version: versionLastRead });

export const involvement = involvementFields.extend({
  /** Absent for a role that may not see a named person's health and care needs (managers). */
  support: involvementFields.shape.support.optional(),
  /** The person's name and the work item's title, for lists (read-only). */
  personName: z.string(),
  workItemTitle: z.string(),
  ...storedFields,
});
export type Involvement = z.infer<typeof involvement>;

export const involvementListQuery = listQuery({
  workItemId: idParam("work item"),
  personId: idParam("person"),
  status: optionalParam(involvementFields.shape.status),
  role: optionalParam(involvementRole),
});
export type InvolvementListQuery = z.infer<typeof involvementListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const involvementSchemas = {
  item: involvement,
  input: involvementInput,
  patch: involvementPatch,
  query: involvementListQuery,
};
