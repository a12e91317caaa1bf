import { z } from "zod";
import { penceToPounds, poundsText, poundsToPence } from "../../lib/money";
import { isoDate } from "../../shared/schemas/common";
import { type Involvement, involvementFields, involvementRules } from "../../shared/schemas/involvements";

const optionalDate = z.union([z.literal(""), isoDate]);

/**
 * The form's view of the shared involvement schema: money in pounds, hours and dates as
 * typed. It applies the same rule as the API (a confirmed involvement needs its brief).
 */
export const involvementFormSchema = involvementFields
  .omit({
    workItemId: true,
    personId: true,
    startDate: true,
    endDate: true,
    hours: true,
    feePence: true,
    expensesPence: true,
    // The agenda section places speakers in sessions; this form leaves it alone.
    sessionId: true,
    // Set by the server as the payment becomes paid (or stops being).
    paidOn: true,
    rateActivity: true,
    quantity: true,
  })
  .extend({
    startDate: optionalDate,
    endDate: optionalDate,
    hours: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d+(\.\d{1,2})?$/.test(v), "Enter hours as a number, like 2 or 1.5"),
    fee: poundsText,
    expenses: poundsText,
    /** "" for none: the fee is not worked out from a rate card. */
    rateActivity: z.string(),
    quantity: z
      .string()
      .trim()
      .refine(
        (v) => v === "" || (/^\d+(\.\d{1,2})?$/.test(v) && Number(v) > 0),
        "Enter the quantity as a number more than 0, like 2 or 1.5",
      ),
  })
  .superRefine(involvementRules)
  .transform(({ fee, expenses, hours, startDate, endDate, rateActivity, quantity, ...rest }) => ({
    ...rest,
    rateActivity: rateActivity || null,
    quantity: quantity === "" ? null : Number(quantity),
    startDate: startDate || null,
    endDate: endDate || null,
    hours: hours === "" ? null : Number(hours),
    feePence: poundsToPence(fee),
    expensesPence: poundsToPence(expenses),
  }));

type InvolvementFormValues = z.input<typeof involvementFormSchema>;
export type InvolvementFormInput = InvolvementFormValues;
export type InvolvementChanges = z.output<typeof involvementFormSchema>;

export function involvementFormValues(involvement: Involvement): InvolvementFormValues {
  return {
    role: involvement.role,
    status: involvement.status,
    startDate: involvement.startDate ?? "",
    endDate: involvement.endDate ?? "",
    hours: involvement.hours === null ? "" : String(involvement.hours),
    ask: involvement.ask,
    expectations: involvement.expectations,
    // Absent for a role that may not see it (managers, who only read the form).
    support: involvement.support ?? [],
    fee: penceToPounds(involvement.feePence),
    expenses: penceToPounds(involvement.expensesPence),
    paymentStatus: involvement.paymentStatus,
    rateActivity: involvement.rateActivity ?? "",
    quantity: involvement.quantity === null ? "" : String(involvement.quantity),
    feeReason: involvement.feeReason,
    feedback: involvement.feedback,
    impact: involvement.impact,
  };
}

/** API field paths → form fields. */
export const involvementFieldOf = (path: string): keyof InvolvementFormValues | undefined => {
  const head = path.split(".")[0] ?? "";
  const renamed: Record<string, keyof InvolvementFormValues> = { feePence: "fee", expensesPence: "expenses" };
  if (renamed[head]) return renamed[head];
  return head in involvementFormValuesTemplate ? (head as keyof InvolvementFormValues) : undefined;
};

const involvementFormValuesTemplate: Record<keyof InvolvementFormValues, true> = {
  role: true,
  status: true,
  startDate: true,
  endDate: true,
  hours: true,
  ask: true,
  expectations: true,
  support: true,
  fee: true,
  expenses: true,
  paymentStatus: true,
  rateActivity: true,
  quantity: true,
  feeReason: true,
  feedback: true,
  impact: true,
};
