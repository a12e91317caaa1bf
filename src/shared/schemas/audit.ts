import { z } from "zod";
import { type AuditAction, auditActions } from "../choices";
import { choice, id, isoDate, listQuery, optionalParam } from "./common";

// Defined without zod (../choices: the browser's first load needs the list, not the schemas); kept here too.
export type { AuditAction } from "../choices";
export { auditActions };

export const auditActionLabels: Record<AuditAction, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  read: "Viewed",
  export: "Exported",
  denied: "Refused",
  sign_in: "Signed in",
  sign_in_failed: "Sign-in failed",
  sign_out: "Signed out",
  erase: "Erased",
};

/** What a special-category value (or an erased one) is recorded as: never the value itself. */
export const notRecorded = "changed";
export const erasedValue = "(erased)";

/** One field of an update: what it was and what it became. */
export const fieldChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChange>;

export const auditEntry = z.object({
  id,
  at: z.string(),
  actorId: id.nullable(),
  actorName: z.string(),
  action: z.enum(auditActions),
  /** The kind of record, as its API path names it: people, work-items, involvements, equality… */
  resource: z.string(),
  recordId: id.nullable(),
  /** The person the entry is about, where there is one. */
  subjectPersonId: id.nullable(),
  /** That person's name as it stands today ("Erased person" once erased); null when none. */
  subjectName: z.string().nullable(),
  address: z.string(),
  /** An export's file, filters and row count; a refusal's method and route; an erasure's reason. */
  detail: z.record(z.string(), z.unknown()).nullable(),
  /** For updates: each field that changed. */
  changes: z.array(fieldChange).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** A day (YYYY-MM-DD, UK time) or an instant (ISO 8601 with its offset). */
/** Years a database date can hold with a day to spare either side (no year 0, no 10000). */
const storableYear = (value: string) => value.slice(0, 4) >= "1900" && value.slice(0, 4) <= "9998";

const instant = z.iso.datetime({ offset: true });
const dayOrInstant = z
  .string()
  .refine(
    (value) => (isoDate.safeParse(value).success || instant.safeParse(value).success) && storableYear(value),
    "Use a date (YYYY-MM-DD) or a date and time (ISO 8601), from the year 1900 to 9998",
  );

export const auditQuery = listQuery({
  /** The person affected. */
  personId: optionalParam(z.uuid({ error: "Must be a valid person id" })),
  actorId: optionalParam(z.uuid({ error: "Must be a valid user id" })),
  action: optionalParam(choice(auditActions)),
  resource: optionalParam(z.string().trim().max(60)),
  /** One record: a work item's Activity. */
  recordId: optionalParam(z.uuid({ error: "Must be a valid record id" })),
  /** From this day (or instant) on. */
  from: optionalParam(dayOrInstant),
  /** Up to the end of this day (or this instant). */
  to: optionalParam(dayOrInstant),
});
export type AuditQuery = z.infer<typeof auditQuery>;
