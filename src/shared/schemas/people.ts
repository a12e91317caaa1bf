import { z } from "zod";
import { type Perspective, perspectives } from "../choices";
import { choice, isoDate, listQuery, optionalParam, storedFields, versionLastRead } from "./common";

// Defined without zod (../choices: the browser's first load needs the list, not the schemas); kept here too.
export type { Perspective } from "../choices";
export { perspectiveLabels, perspectives } from "../choices";

/** Patient voice: a person with at least one of these perspectives. */
export const patientVoice: readonly Perspective[] = ["patient", "service_user", "carer"];

export const paymentPreferences = ["bank_transfer", "gift_voucher", "charity_donation", "no_payment"] as const;
export const paymentPreferenceLabels: Record<(typeof paymentPreferences)[number], string> = {
  bank_transfer: "Bank transfer",
  gift_voucher: "Gift voucher",
  charity_donation: "Donation to a charity",
  no_payment: "Prefers not to be paid",
};

export const consentKinds = ["contact", "equalityMonitoring", "namedPublicly"] as const;
export type ConsentKind = (typeof consentKinds)[number];
export const consentLabels: Record<ConsentKind, string> = {
  contact: "Contact",
  equalityMonitoring: "Equality monitoring",
  namedPublicly: "Named publicly",
};

/** What happened to a consent: each is kept as a dated event (the consent history). */
export const consentEventKinds = ["given", "withdrawn"] as const;
export type ConsentEventKind = (typeof consentEventKinds)[number];

export const perspective = choice(perspectives);

/** A consent given on a date, and perhaps withdrawn later (the withdrawal date is kept). */
export const consent = z
  .object({ givenOn: isoDate, withdrawnOn: isoDate.nullable().default(null) })
  .superRefine((value, ctx) => {
    if (value.withdrawnOn && value.withdrawnOn < value.givenOn) {
      ctx.addIssue({
        code: "custom",
        path: ["withdrawnOn"],
        message: "Withdrawn on must be on or after the date given",
      });
    }
  })
  .nullable();
export type Consent = z.infer<typeof consent>;

export const consents = z.object({
  contact: consent.default(null),
  equalityMonitoring: consent.default(null),
  namedPublicly: consent.default(null),
});
export type Consents = z.infer<typeof consents>;

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label.toLowerCase()} to ${max} characters or fewer`);

export const personFields = z.object({
  name: z
    .string({ error: "Enter a name" })
    .trim()
    .min(1, "Enter a name")
    .max(200, "Keep the name to 200 characters or fewer"),
  email: z.email("Enter a valid email address").max(320).nullable(),
  phone: optionalText(50, "Phone").nullable(),
  perspectives: z
    .array(perspective, { error: "Choose at least one perspective" })
    .min(1, "Choose at least one perspective")
    .refine((list) => new Set(list).size === list.length, "Each perspective once"),
  livedExperience: z
    .array(z.string().trim().min(1, "Tags cannot be empty").max(50, "Keep each tag to 50 characters or fewer"))
    .max(20, "Up to 20 tags"),
  accessNeeds: optionalText(2000, "Access needs"),
  paymentPreference: choice(paymentPreferences).nullable(),
  retentionReviewOn: isoDate.nullable(),
  consents,
});

/** Absent optional fields mean "none" on create; a PATCH leaves absent fields alone. */
export const personInput = personFields.extend({
  email: personFields.shape.email.default(null),
  phone: personFields.shape.phone.default(null),
  livedExperience: personFields.shape.livedExperience.default([]),
  accessNeeds: personFields.shape.accessNeeds.default(""),
  paymentPreference: personFields.shape.paymentPreference.default(null),
  retentionReviewOn: personFields.shape.retentionReviewOn.default(null),
  consents: consents.default({ contact: null, equalityMonitoring: null, namedPublicly: null }),
});
export type PersonInput = z.infer<typeof personInput>;

/** PATCH body: any fields, and only the consents being changed (the others stay). */
const personPatch = personFields.partial().extend({
  consents: z.object({ contact: consent, equalityMonitoring: consent, namedPublicly: consent }).partial().optional(),
  version: versionLastRead,
});

/** A person as read: contact details, lived experience and access needs are absent for a role that may not see them. */
export const person = personFields
  .partial({ email: true, phone: true, livedExperience: true, accessNeeds: true })
  .extend({
    /** When the person was erased (ADR 015); null while they are not. */
    erasedAt: z.string().nullable(),
    /** The last day they took part in anything (an involvement's end, else its start); null when never. */
    lastInvolvementOn: isoDate.nullable(),
    ...storedFields,
  });
export type Person = z.infer<typeof person>;

const personSortFields = ["name", "createdAt", "updatedAt", "retentionReviewOn"] as const;
const sortValues = personSortFields.flatMap((f) => [f, `-${f}`]) as string[];

export const personListQuery = listQuery({
  search: optionalParam(z.string().trim().max(200, "Keep the search to 200 characters or fewer")),
  perspective: optionalParam(perspective),
  livedExperience: optionalParam(z.string().trim().max(50)),
  /** `due`: people whose retention review date has passed, oldest first (admin only). */
  retention: optionalParam(z.enum(["due"], { error: "Retention takes one value: due" })),
  sort: optionalParam(
    z
      .string()
      .refine((v) => sortValues.includes(v), `Sort by one of: ${personSortFields.join(", ")} (prefix - to reverse)`),
  ),
});
export type PersonListQuery = z.infer<typeof personListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const personSchemas = { item: person, input: personInput, patch: personPatch, query: personListQuery };
