import type { z } from "zod";
import { penceToPounds, poundsText, poundsToPence } from "../../lib/money";
import { type RateCard, rateCardFields } from "../../shared/schemas/rate-cards";

/** The form's view of the shared rate card schema: the amount in pounds, as typed. */
export const rateCardFormSchema = rateCardFields
  .omit({ amountPence: true })
  .extend({ amount: poundsText.refine((v) => v !== "", "Enter the amount in pounds") })
  .transform(({ amount, ...rest }) => ({ ...rest, amountPence: poundsToPence(amount) ?? 0 }));

export type RateCardFormValues = z.input<typeof rateCardFormSchema>;
export type RateCardChanges = z.output<typeof rateCardFormSchema>;

export const rateCardFormValues = (rate: RateCard): RateCardFormValues => ({
  activity: rate.activity,
  unit: rate.unit,
  amount: penceToPounds(rate.amountPence),
  effectiveFrom: rate.effectiveFrom,
});

/** API field paths → form fields. */
export const rateCardFieldOf = (path: string): keyof RateCardFormValues | undefined => {
  const head = path.split(".")[0] ?? "";
  if (head === "amountPence") return "amount";
  return ["activity", "unit", "effectiveFrom"].includes(head) ? (head as keyof RateCardFormValues) : undefined;
};
