import { z } from "zod";
import { rateUnits } from "../rate-units";
import { choice, isoDate, listQuery, optionalParam, pence, storedFields, versionLastRead } from "./common";

/** The name of a kind of activity ("Half day"): what an involvement's rateActivity names. */
export const rateActivityName = z
  .string({ error: "Enter the activity" })
  .trim()
  .min(1, "Enter the activity")
  .max(200, "Keep the activity to 200 characters or fewer");

/** A dated rate for one kind of activity: in force from its date until a later one for the same activity. */
export const rateCardFields = z.object({
  activity: rateActivityName,
  unit: choice(rateUnits),
  amountPence: pence("amount"),
  effectiveFrom: isoDate,
});

const rateCardInput = rateCardFields;
const rateCardPatch = rateCardFields.partial().extend({ version: versionLastRead });

export const rateCard = rateCardFields.extend({ ...storedFields });
export type RateCard = z.infer<typeof rateCard>;
export type RateCardInput = z.infer<typeof rateCardInput>;

export const rateCardListQuery = listQuery({ activity: optionalParam(z.string().trim().max(200)) });
export type RateCardListQuery = z.infer<typeof rateCardListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const rateCardSchemas = { item: rateCard, input: rateCardInput, patch: rateCardPatch, query: rateCardListQuery };

/** What a fee is suggested from: an activity, how many of its unit, and the date the rate is read on. */
export const suggestQuery = z.object({
  activity: rateActivityName,
  quantity: z.coerce
    .number({ error: "Enter the quantity as a number" })
    .positive("The quantity must be more than 0")
    .max(10_000, "The quantity must be 10,000 or fewer"),
  on: isoDate,
});
export type SuggestQuery = z.infer<typeof suggestQuery>;

export const suggestedFee = z.object({
  /** round(rate × quantity), in pence. */
  amountPence: z.number().int(),
  /** The rate card in force on the date. */
  rateCardId: z.uuid(),
});
export type SuggestedFee = z.infer<typeof suggestedFee>;
