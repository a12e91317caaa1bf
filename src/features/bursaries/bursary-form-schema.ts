import { z } from "zod";
import { poundsText, poundsToPence } from "../../lib/money";
import { bursaryFields, bursaryStartStatuses } from "../../shared/schemas/bursaries";

/** Pounds as typed ("45.50", "£1,200", or blank for none) → whole pence, checked as the API checks them. */
const pounds = (pence: z.ZodNumber) => poundsText.transform((text) => poundsToPence(text) ?? 0).pipe(pence);

/**
 * The "Add a bursary" form's view of the shared bursary schema: the person as chosen,
 * a starting status, and costs in pounds. Its output is the body the API takes for a new bursary.
 */
export const bursaryFormSchema = z
  .object({
    personId: z.string().min(1, "Choose a person").pipe(bursaryFields.shape.personId),
    status: bursaryFields.shape.status.refine((status) => bursaryStartStatuses.includes(status), {
      message: "A new bursary starts as applied or offered",
    }),
    ticketValue: pounds(bursaryFields.shape.ticketValuePence),
    travel: pounds(bursaryFields.shape.travelPence),
    accommodation: pounds(bursaryFields.shape.accommodationPence),
    care: pounds(bursaryFields.shape.carePence),
  })
  .transform(({ ticketValue, travel, accommodation, care, ...rest }) => ({
    ...rest,
    ticketValuePence: ticketValue,
    travelPence: travel,
    accommodationPence: accommodation,
    carePence: care,
  }));

type BursaryFormValues = z.input<typeof bursaryFormSchema>;

export const emptyBursaryForm = (): BursaryFormValues => ({
  personId: "",
  status: "applied",
  ticketValue: "",
  travel: "",
  accommodation: "",
  care: "",
});

/** API field paths → the form's fields (costs are pence there, pounds here). */
export const bursaryFieldOf = (path: string): keyof BursaryFormValues | undefined => {
  const head = path.split(".")[0] ?? "";
  const renamed: Record<string, keyof BursaryFormValues> = {
    personId: "personId",
    status: "status",
    ticketValuePence: "ticketValue",
    travelPence: "travel",
    accommodationPence: "accommodation",
    carePence: "care",
  };
  return renamed[head];
};
