import { z } from "zod";
import { choice, id, storedFields, versionLastRead } from "./common";
import { type InvolvementRole, involvementRole } from "./involvement-plans";
import { involvementStatuses } from "./involvements";

export const sessionFormats = ["keynote", "panel", "workshop", "talk", "other"] as const;
export const sessionFormatLabels: Record<(typeof sessionFormats)[number], string> = {
  keynote: "Keynote",
  panel: "Panel",
  workshop: "Workshop",
  talk: "Talk",
  other: "Other",
};

/** The four roles that put someone on the agenda. */
export const agendaRoles = ["chair", "presenter", "facilitator", "panellist"] as const satisfies InvolvementRole[];
export const isAgendaRole = (role: string) => (agendaRoles as readonly string[]).includes(role);
/** A speaker is on the agenda in one of the agenda roles, confirmed or having taken part. */
export const speakerStatuses = ["confirmed", "took_part"] as const;

export const sessionFields = z.object({
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(200, "Keep the title to 200 characters or fewer"),
  startsAt: z.iso.datetime({ offset: true, error: "Enter a date and time with its time zone (ISO 8601)" }),
  format: choice(sessionFormats),
});
export const sessionInput = sessionFields;
export const sessionPatch = sessionFields.partial().extend({ version: versionLastRead });
export const agendaSession = sessionFields.extend({
  workItemId: id,
  ...storedFields,
});
export type AgendaSession = z.infer<typeof agendaSession>;

/**
 * What the agenda says instead of the name of a speaker who has not consented to be named
 * publicly (never given, withdrawn, or cleared when the person was erased), beside their role.
 */
export const unnamedSpeaker = "Patient speaker";

/** Whether a person's "named publicly" consent stands: given, and not withdrawn. */
export const namedPubliclyFields = {
  /** They consented to be named publicly (given and not withdrawn). */
  namedPublicly: z.boolean(),
  /** Their name if they consented to be named publicly; otherwise "Patient speaker". */
  publicName: z.string(),
};

export const speaker = z.object({
  involvementId: id,
  personId: id,
  name: z.string(),
  role: involvementRole,
  status: z.enum(speakerStatuses),
  sessionId: id.nullable(),
  sessionTitle: z.string().nullable(),
  patientVoice: z.boolean(),
  ...namedPubliclyFields,
});
export type Speaker = z.infer<typeof speaker>;

export const agendaTargetReasons = {
  met: "patient voice on the agenda",
  onlyInvited: "only invited, none confirmed",
  none: "no patient voice yet",
} as const;

export const agendaTarget = z.object({
  met: z.boolean(),
  reason: z.enum([agendaTargetReasons.met, agendaTargetReasons.onlyInvited, agendaTargetReasons.none]),
  speakers: z.array(speaker),
});
export type AgendaTarget = z.infer<typeof agendaTarget>;

/**
 * A speaker as the agenda may show them beyond staff (the conference report, the printed
 * agenda): no person id, and no name unless they consented to be named publicly.
 */
export const publicSpeaker = z.object({
  involvementId: id,
  sessionId: id.nullable(),
  role: z.enum(agendaRoles),
  status: z.enum(involvementStatuses),
  patientVoice: z.boolean(),
  ...namedPubliclyFields,
});
export type PublicSpeaker = z.infer<typeof publicSpeaker>;

/** The agenda for publication: sessions in time order, everyone in an agenda role, and the target. */
export const publicAgenda = agendaTarget.omit({ speakers: true }).extend({
  sessions: z.array(agendaSession.pick({ id: true, title: true, startsAt: true, format: true })),
  speakers: z.array(publicSpeaker),
});
export type PublicAgenda = z.infer<typeof publicAgenda>;

/** On the agenda: not declined, not withdrawn (invited speakers are shown, with their status). */
export const isOnAgenda = (s: Pick<PublicSpeaker, "status">) => s.status !== "declined" && s.status !== "withdrew";

/** The speakers who meet the patient-voice target: patient voice, confirmed or having taken part. */
export const patientVoiceSpeakers = <T extends Pick<PublicSpeaker, "status" | "patientVoice">>(speakers: T[]) =>
  speakers.filter((s) => s.patientVoice && (speakerStatuses as readonly string[]).includes(s.status));

/** Per event: bursary places and budget, and whether patients advised on speakers and content. */
export const eventDetailsFields = z.object({
  bursaryPlaces: z
    .number({ error: "Enter the number of bursary places" })
    .int("Enter a whole number of places")
    .min(0, "Places cannot be negative")
    .max(10_000, "That is more places than an event can hold"),
  bursaryBudgetPence: z
    .number({ error: "Enter the budget as a whole number of pence" })
    .int("Enter the budget as a whole number of pence")
    .min(0, "The budget cannot be negative")
    .max(2_000_000_000, "The budget is too large"),
  adviceSought: z.boolean({ error: "Say whether patients were asked" }).nullable(),
  adviceOutcome: z.string().trim().max(5000, "Keep this to 5000 characters or fewer"),
});
export const eventDetailsInput = eventDetailsFields.extend({
  /** 0 before the first save; afterwards the version last read. */
  version: z.number({ error: "Send the version you last read" }).int().min(0),
});
export const eventDetails = eventDetailsFields.extend({ workItemId: id, version: z.number().int() });
export type EventDetails = z.infer<typeof eventDetails>;
