import { z } from "zod";
import { auditEntry } from "./audit";
import { id, isoDate } from "./common";
import { equalityAnswers } from "./equality";
import { importKinds } from "./imports";
import { consentEventKinds, consentKinds, person } from "./people";

/** What an erased person is called: their contributions stay, counted, without identity. */
export const erasedName = "Erased person";

/** One give or withdraw of one consent, dated, with who recorded it. */
export const consentEvent = z.object({
  id,
  consent: z.enum(consentKinds),
  event: z.enum(consentEventKinds),
  /** The day the person gave or withdrew it. */
  on: isoDate,
  recordedAt: z.string(),
  recordedById: id.nullable(),
  recordedByName: z.string(),
});
export type ConsentEvent = z.infer<typeof consentEvent>;

export const consentHistory = z.object({ items: z.array(consentEvent) });

const money = z.number().int().nullable();

/** How an import row was found to be someone's (subject access). */
export const importRowMatches = ["record", "email", "name"] as const;
export type ImportRowMatch = (typeof importRowMatches)[number];

/**
 * Everything held about one person (UK GDPR Art. 15): their record, every consent event, what they
 * took part in with its brief and payment, feedback, bursaries, sessions spoken at, equality
 * answers, the import rows that still name them, and every audit entry about them.
 */
export const subjectAccess = z.object({
  generatedAt: z.string(),
  person,
  consentHistory: z.array(consentEvent),
  involvements: z.array(
    z.object({
      id,
      workItemId: id,
      workItemTitle: z.string(),
      role: z.string(),
      status: z.string(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      hours: z.number().nullable(),
      ask: z.string(),
      expectations: z.string(),
      support: z.array(z.string()),
      feedback: z.string(),
      impact: z.string(),
    }),
  ),
  payments: z.array(
    z.object({
      involvementId: id,
      workItemTitle: z.string(),
      feePence: money,
      expensesPence: money,
      paymentStatus: z.string(),
    }),
  ),
  feedback: z.array(
    z.object({
      id,
      receivedOn: z.string(),
      channel: z.string(),
      summary: z.string(),
      action: z.string(),
      actionStatus: z.string(),
      toldBackOn: z.string().nullable(),
      workItemTitle: z.string().nullable(),
    }),
  ),
  bursaries: z.array(
    z.object({
      id,
      workItemTitle: z.string(),
      status: z.string(),
      statusHistory: z.array(z.object({ status: z.string(), on: z.string() })),
      ticketValuePence: z.number().int(),
      travelPence: z.number().int(),
      accommodationPence: z.number().int(),
      carePence: z.number().int(),
      claimedOn: z.string().nullable(),
      paidOn: z.string().nullable(),
    }),
  ),
  sessionsSpokenAt: z.array(
    z.object({
      workItemTitle: z.string(),
      sessionTitle: z.string(),
      startsAt: z.string(),
      role: z.string(),
      status: z.string(),
    }),
  ),
  equalityAnswers: equalityAnswers.nullable(),
  /** Rows of spreadsheet imports that still hold their details (until the retention rule clears them). */
  importRows: z.array(
    z.object({
      importId: id,
      fileName: z.string(),
      kind: z.enum(importKinds),
      importedAt: z.string(),
      importedByName: z.string(),
      /** The row as the spreadsheet numbers it (the header is row 1). */
      row: z.number().int(),
      /**
       * How the row was found to be theirs: it became or names their record, it holds their email, or
       * only their name (and no other email): check such a row is theirs before sending.
       */
      matchedBy: z.enum(importRowMatches),
      /** What the row says: each column of the file with its cell, or each checked field with its value. */
      values: z.array(z.object({ name: z.string(), value: z.string() })),
      /** When this copy is deleted. */
      deletedBy: z.string().nullable(),
    }),
  ),
  audit: z.array(auditEntry),
});
export type SubjectAccess = z.infer<typeof subjectAccess>;

export const erasureInput = z.object({
  reason: z
    .string({ error: "Say why this person is being erased" })
    .trim()
    .min(1, "Say why this person is being erased")
    .max(500, "Keep the reason to 500 characters or fewer"),
});
export type ErasureInput = z.infer<typeof erasureInput>;
