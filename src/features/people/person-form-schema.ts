import { z } from "zod";
import {
  type Consent,
  type ConsentKind,
  consentKinds,
  type Person,
  type PersonInput,
  personInput,
} from "../../shared/schemas/people";

const consentForm = z.object({ givenOn: z.string(), withdrawnOn: z.string() });

/**
 * The form's view of the shared person schema: empty boxes mean "none", lived experience
 * is typed as comma-separated tags. It ends in the API's own schema, so the rules match.
 */
export const personFormSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    perspectives: z.array(z.string()),
    livedExperience: z.string(),
    accessNeeds: z.string(),
    paymentPreference: z.string(),
    retentionReviewOn: z.string(),
    consents: z.object({ contact: consentForm, equalityMonitoring: consentForm, namedPublicly: consentForm }),
  })
  .superRefine((value, ctx) => {
    for (const kind of consentKinds) {
      const { givenOn, withdrawnOn } = value.consents[kind];
      if (withdrawnOn && !givenOn) {
        ctx.addIssue({
          code: "custom",
          path: ["consents", kind, "givenOn"],
          message: "Enter the date consent was given",
        });
      }
    }
  })
  .transform(
    (value): z.input<typeof personInput> => ({
      name: value.name,
      email: value.email.trim() || null,
      phone: value.phone.trim() || null,
      perspectives: value.perspectives as z.input<typeof personInput>["perspectives"],
      livedExperience: value.livedExperience
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
      accessNeeds: value.accessNeeds,
      paymentPreference: (value.paymentPreference || null) as z.input<typeof personInput>["paymentPreference"],
      retentionReviewOn: value.retentionReviewOn || null,
      consents: Object.fromEntries(
        consentKinds.map((kind) => {
          const { givenOn, withdrawnOn } = value.consents[kind];
          return [kind, givenOn ? { givenOn, withdrawnOn: withdrawnOn || null } : null];
        }),
      ) as z.input<typeof personInput>["consents"],
    }),
  )
  .pipe(personInput);

export type PersonFormValues = z.input<typeof personFormSchema>;

const consentValues = (consent: Consent | undefined) => ({
  givenOn: consent?.givenOn ?? "",
  withdrawnOn: consent?.withdrawnOn ?? "",
});

export function personFormValues(person: Person | null): PersonFormValues {
  return {
    name: person?.name ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
    perspectives: person?.perspectives ?? [],
    livedExperience: person?.livedExperience?.join(", ") ?? "",
    accessNeeds: person?.accessNeeds ?? "",
    paymentPreference: person?.paymentPreference ?? "",
    retentionReviewOn: person?.retentionReviewOn ?? "",
    consents: Object.fromEntries(consentKinds.map((kind) => [kind, consentValues(person?.consents[kind])])) as Record<
      ConsentKind,
      { givenOn: string; withdrawnOn: string }
    >,
  };
}

export type { PersonInput };
