import { z } from "zod";
import { choice, isoDate, listQuery, optionalParam, storedFields, versionLastRead } from "./common";

export const requesterTypes = ["patient", "carer", "public", "professional", "student", "other"] as const;
export const enquiryChannels = ["email", "phone", "in_person", "web_form", "letter", "other"] as const;

export const libraryEnquiryFields = z.object({
  receivedOn: isoDate,
  requesterType: choice(requesterTypes),
  topic: z
    .string({ error: "Enter the topic" })
    .trim()
    .min(1, "Enter the topic")
    .max(200, "Keep the topic to 200 characters or fewer"),
  channel: choice(enquiryChannels),
  answeredOn: isoDate.nullable(),
});

export function answeredAfterReceived(
  value: { receivedOn?: string; answeredOn?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.answeredOn && value.receivedOn && value.answeredOn < value.receivedOn) {
    ctx.addIssue({
      code: "custom",
      path: ["answeredOn"],
      message: "Answered on must be on or after the date received",
    });
  }
}

const libraryEnquiryInput = libraryEnquiryFields
  .extend({ answeredOn: libraryEnquiryFields.shape.answeredOn.default(null) })
  .superRefine(answeredAfterReceived);
const libraryEnquiryPatch = libraryEnquiryFields.partial().extend({ version: versionLastRead });
const libraryEnquiry = libraryEnquiryFields.extend({
  ...storedFields,
});
export type LibraryEnquiry = z.infer<typeof libraryEnquiry>;

const libraryEnquiryListQuery = listQuery({
  requesterType: optionalParam(libraryEnquiryFields.shape.requesterType),
  from: optionalParam(isoDate),
  to: optionalParam(isoDate),
});

/** The resource's schemas together: what the API reads and answers. */
export const libraryEnquirySchemas = {
  item: libraryEnquiry,
  input: libraryEnquiryInput,
  patch: libraryEnquiryPatch,
  query: libraryEnquiryListQuery,
};

/** Enquiries per month, and how many came from patients, carers and the public. */
export const enquiriesByMonth = z.object({
  items: z.array(z.object({ month: z.string(), total: z.number().int(), fromPublic: z.number().int() })),
});
