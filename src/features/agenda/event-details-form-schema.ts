import { z } from "zod";
import { penceToPounds, poundsText, poundsToPence } from "../../lib/money";
import { type EventDetails, eventDetailsFields } from "../../shared/schemas/agenda";

const { adviceSought, adviceOutcome, bursaryPlaces, bursaryBudgetPence } = eventDetailsFields.shape;

/**
 * The event details form's view of the shared schema: the advice as a three-way choice,
 * places as typed and the budget in pounds. Its output is the body the API takes (less the version).
 */
export const eventDetailsFormSchema = z
  .object({
    adviceSought: z
      .enum(["", "yes", "no"])
      .transform((answer) => (answer === "" ? null : answer === "yes"))
      .pipe(adviceSought),
    adviceOutcome,
    bursaryPlaces: z
      .string()
      .trim()
      .regex(/^\d+$/, "Enter a whole number of places")
      .transform(Number)
      .pipe(bursaryPlaces),
    bursaryBudget: poundsText.transform((text) => poundsToPence(text) ?? 0).pipe(bursaryBudgetPence),
  })
  .transform(({ bursaryBudget, ...rest }) => ({ ...rest, bursaryBudgetPence: bursaryBudget }));

type EventDetailsFormValues = z.input<typeof eventDetailsFormSchema>;

export function eventDetailsFormValues(details: EventDetails): EventDetailsFormValues {
  return {
    adviceSought: details.adviceSought === null ? "" : details.adviceSought ? "yes" : "no",
    adviceOutcome: details.adviceOutcome,
    bursaryPlaces: String(details.bursaryPlaces),
    bursaryBudget: penceToPounds(details.bursaryBudgetPence),
  };
}

/** API field paths → the form's fields (the budget is pence there, pounds here). */
export const eventDetailsFieldOf = (path: string): keyof EventDetailsFormValues | undefined => {
  const renamed: Record<string, keyof EventDetailsFormValues> = {
    adviceSought: "adviceSought",
    adviceOutcome: "adviceOutcome",
    bursaryPlaces: "bursaryPlaces",
    bursaryBudgetPence: "bursaryBudget",
  };
  return renamed[path];
};
