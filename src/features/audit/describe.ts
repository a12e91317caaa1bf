import { formatInstant } from "../../lib/format";
import { type AuditAction, auditActionLabels, erasedValue, notRecorded } from "../../shared/schemas/audit";
import { failureReasonLabels, signInOutcomeLabels, signInOutcomes } from "../../shared/schemas/users";

/** One field of an update, as the API sends it. */
type Change = { field: string; before?: unknown; after?: unknown };

/** The parts of an entry these descriptions read. */
type Entry = {
  action: AuditAction;
  resource: string;
  detail: Record<string, unknown> | null;
  changes: Change[] | null;
};

/** The kinds of record the log can be filtered by, as the API names them, in the order offered. */
export const resourceFilters = [
  "people",
  "work-items",
  "involvements",
  "involvement-plans",
  "bursaries",
  "feedback",
  "library-enquiries",
  "training",
  "equality",
  "subject-access",
  "users",
  "sessions",
] as const;

export const resourceFilterLabels: Record<(typeof resourceFilters)[number], string> = {
  people: "People",
  "work-items": "Work items",
  involvements: "Involvements",
  "involvement-plans": "Involvement decisions",
  bursaries: "Bursaries",
  feedback: "Feedback",
  "library-enquiries": "Library enquiries",
  training: "Staff training",
  equality: "Equality answers",
  "subject-access": "Subject access",
  users: "Users",
  sessions: "Agenda sessions",
};

/** One record of each kind, as a row of the log names it. */
const recordNouns: Record<string, string> = {
  people: "Person",
  "work-items": "Work item",
  involvements: "Involvement",
  "involvement-plans": "Involvement decision",
  bursaries: "Bursary",
  feedback: "Feedback",
  "library-enquiries": "Library enquiry",
  training: "Training record",
  equality: "Equality answers",
  "subject-access": "Subject access",
  "consent-history": "Consent history",
  users: "Account",
  sessions: "Agenda session",
  "event-details": "Event details",
  "sign-in": "Sign-in",
  audit: "Audit log",
};

/** "work-items" → "Work item"; a kind this page does not know is shown as the API names it. */
export const recordNoun = (resource: string) => recordNouns[resource] ?? resource;

/** "livedExperience" → "lived experience". */
export const fieldName = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

const isInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);

/** A recorded value as a person reads it. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return isInstant(value) ? formatInstant(value) : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map(shownValue).join(", ") : "(none)";
  return JSON.stringify(value);
}

/**
 * One field of an update: "phone: 01632 960001 → 01632 960002". A special-category value was
 * never recorded, and an erased person's values are gone: both are said as such.
 */
export function describeChange({ field, before, after }: Change): string {
  const name = fieldName(field);
  if (before === notRecorded && after === notRecorded) return `${name}: changed (not recorded)`;
  if (before === erasedValue && after === erasedValue) return `${name}: ${erasedValue}`;
  return `${name}: ${shownValue(before)} → ${shownValue(after)}`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** An export's or a list read's filters: "action update, resource people", or "no filters". */
function describeFilters(filters: unknown): string {
  const entries = filters && typeof filters === "object" ? Object.entries(filters) : [];
  if (entries.length === 0) return "no filters";
  return `filters: ${entries.map(([name, value]) => `${fieldName(name)} ${shownValue(value)}`).join(", ")}`;
}

const isOutcome = (value: unknown): value is (typeof signInOutcomes)[number] =>
  typeof value === "string" && (signInOutcomes as readonly string[]).includes(value);

/** Keys of a detail already said by the row elsewhere (an agenda session's event is its record link). */
const shownElsewhere = new Set(["workItemId"]);

/**
 * What an entry's detail says: an export's file, filters and rows; a refusal's method and
 * route; an erasure's reason; why a sign-in failed. Null when there is nothing more to say.
 */
export function describeDetail(entry: Pick<Entry, "action" | "detail">): string | null {
  const detail = entry.detail;
  if (!detail) return null;
  switch (entry.action) {
    case "export": {
      const rows = typeof detail.rows === "number" ? `; ${plural(detail.rows, "row")}` : "";
      const stopped = detail.stopped ? " (stopped before the end)" : "";
      return `File ${shownValue(detail.file)}; ${describeFilters(detail.filters)}${rows}${stopped}`;
    }
    case "denied": {
      const code = typeof detail.code === "string" ? ` (${detail.code})` : "";
      return `${shownValue(detail.method)} ${shownValue(detail.route)}${code}`;
    }
    case "erase":
      return `Reason: ${shownValue(detail.reason)}`;
    case "sign_in":
    case "sign_in_failed":
    case "sign_out": {
      if (typeof detail.reason === "string") return failureReasonLabels[detail.reason] ?? detail.reason;
      // "Signed in" and "Signed out" say no more than the action does.
      if (isOutcome(detail.outcome) && detail.outcome !== "success" && detail.outcome !== "signed_out")
        return signInOutcomeLabels[detail.outcome];
      return null;
    }
    case "read":
      if ("filters" in detail || "rows" in detail) {
        const rows = typeof detail.rows === "number" ? `; ${plural(detail.rows, "row")}` : "";
        return `${describeFilters(detail.filters)}${rows}`;
      }
  }
  const rest = Object.entries(detail).filter(([key]) => !shownElsewhere.has(key));
  return rest.length ? rest.map(([key, value]) => `${fieldName(key)}: ${shownValue(value)}`).join("; ") : null;
}

/** Everything an entry says beyond who, what and when: each change of an update, else its detail. */
export function entryDetails(entry: Pick<Entry, "action" | "detail" | "changes">): string[] {
  const changes = entry.changes?.map(describeChange) ?? [];
  const detail = describeDetail(entry);
  return detail ? [...changes, detail] : changes;
}

/**
 * The records a page is about (a person, a work item): their own entries say just "Changed";
 * an entry about something that goes with them names it ("Changed involvement decision").
 */
const ownRecords = new Set(["people", "work-items", "involvements", "feedback", "bursaries", "users", "sessions"]);

/** The action as an Activity list says it, naming the kind of record where the context does not. */
export function activityAction(entry: Pick<Entry, "action" | "resource">, about: "person" | "record"): string {
  const label = auditActionLabels[entry.action];
  const own = about === "person" ? entry.resource === "people" : ownRecords.has(entry.resource);
  return own ? label : `${label} ${recordNoun(entry.resource).toLowerCase()}`;
}
