import type { Role } from "./schemas/users";
import type { WorkItemKind } from "./schemas/work-items";

/** Who may call an operation: anyone (signed out too), or the roles listed (signed in). */
export type Who = "anyone" | readonly Role[];

const everyone = ["lead", "events", "manager", "admin"] as const;
/** Everyone but managers, who read and change nothing. */
const workers = ["lead", "events", "admin"] as const;
const eventsTeam = ["events", "admin"] as const;
const admin = ["admin"] as const;
/** Spreadsheet imports: admin, and leads (for their own work items; ADR 018). */
const importers = ["lead", "admin"] as const;

/**
 * The authorisation table: resource × action → the roles that may. Every API route names one
 * entry (`x-permission` in its OpenAPI definition) and is refused with 403 before it runs for any
 * other role; rules about one record (a lead changes only the items they lead) stay beside the
 * route. The UI asks the same table which buttons to show.
 */
export const permissionTable = {
  health: { read: "anyone" },
  /** Signing in: password, two-step code, set-password link, single sign-on. */
  signIn: { use: "anyone" },
  /** Your own account: who you are, sign out, your password, sessions and two-step verification. */
  ownAccount: { read: everyone, update: everyone },
  apiDocument: { read: everyone },
  teams: { read: everyone },
  /** The list (id, name, role) feeds pickers for everyone; its account details are admin's. */
  users: { list: everyone, read: admin, create: admin, update: admin },
  signIns: { read: admin },
  workItems: { read: everyone, create: workers, update: workers, delete: workers },
  involvementPlans: { read: everyone, update: workers },
  people: { read: everyone, create: workers, update: workers, delete: workers },
  involvements: { read: everyone, create: workers, update: workers, delete: workers },
  feedback: { read: everyone, create: workers, update: workers, delete: workers },
  libraryEnquiries: { read: everyone, create: workers, update: workers, delete: workers },
  training: { read: everyone, create: admin, update: admin, delete: admin },
  agenda: { read: everyone, create: eventsTeam, update: eventsTeam, delete: eventsTeam },
  eventDetails: { read: everyone, update: eventsTeam },
  bursaries: { read: everyone, create: eventsTeam, update: eventsTeam, delete: eventsTeam },
  /** One person's equality answers: recorded by those who work with people, read by admin only. */
  equality: { read: admin, update: workers, delete: workers },
  audit: { read: admin },
  /** A person's consent history: as readable as their consents. */
  consentHistory: { read: everyone },
  /** Subject access (everything held about one person) and erasure: admin, as data steward. */
  subjectAccess: { read: admin },
  erasure: { create: admin },
  metrics: { read: everyone },
  /** Needs attention: every signed-in role gets its own list (what is in it depends on the role). */
  attention: { read: everyone },
  exports: { read: everyone },
  /** The payments file for finance (who is owed what, with a payee reference): events and admin. */
  payments: { read: eventsTeam },
  /** Bringing records in from a spreadsheet, its history and undo: a lead sees and undoes only their own. */
  imports: { read: importers, create: importers, delete: importers },
  /** Dated rates for paying people: everyone reads them (the fee suggestion), admin sets them. */
  rateCards: { read: everyone, create: admin, update: admin, delete: admin },
} as const satisfies Record<string, Record<string, Who>>;

type Table = typeof permissionTable;
/** "resource.action", e.g. "people.update". */
export type Permission = { [R in keyof Table]: `${R & string}.${keyof Table[R] & string}` }[keyof Table];

export function whoMay(permission: Permission): Who {
  const [resource, action] = permission.split(".") as [keyof Table, string];
  return (permissionTable[resource] as Record<string, Who>)[action] as Who;
}

/** Whether a role (null: signed out) may. */
export function allows(permission: Permission, role: Role | null): boolean {
  const who = whoMay(permission);
  return who === "anyone" || (role !== null && who.includes(role));
}

export const isPermission = (value: unknown): value is Permission => {
  if (typeof value !== "string") return false;
  const [resource, action, ...rest] = value.split(".");
  return (
    rest.length === 0 &&
    resource !== undefined &&
    action !== undefined &&
    Object.hasOwn(permissionTable, resource) &&
    Object.hasOwn(permissionTable[resource as keyof Table], action)
  );
};

/** Who is asking: enough of the signed-in user to decide. */
export type Actor = { id: string; role: Role };

type WorkItemRef = { kind: WorkItemKind; leadId: string };

type WorkItemAction = "create" | "update" | "delete";

export const eventKinds: readonly WorkItemKind[] = ["conference", "event"];

/** Conferences and events have an agenda, a patient-voice target and bursaries. */
export const isEventKind = (kind: WorkItemKind) => eventKinds.includes(kind);

/**
 * One answer for "show this button" in the UI and "403" in the API.
 * `item` is the item as it stands (update, delete) or as it would be created;
 * `next` is the item as an update would leave it.
 */
export function canWorkItem(actor: Actor, action: WorkItemAction, item: WorkItemRef, next?: WorkItemRef): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "manager":
      return false;
    case "lead":
      return action === "create" || item.leadId === actor.id;
    case "events":
      return eventKinds.includes(item.kind) && (next === undefined || eventKinds.includes(next.kind));
  }
}

/** Whether a role may create work items at all (shows the New work item button). */
export function canCreateAnyWorkItem(actor: Actor): boolean {
  return allows("workItems.create", actor.role);
}

/** Kinds an actor may choose in the form. */
export function allowedKinds(actor: Actor, all: readonly WorkItemKind[]): readonly WorkItemKind[] {
  return actor.role === "events" ? eventKinds : all;
}

/** People: lead, events and admin create and edit them; managers read. */
export function canEditPeople(actor: Actor): boolean {
  return allows("people.update", actor.role);
}

/**
 * Personal details reach only the roles that work with people directly (lead, events, admin): a
 * person's contact details (email, phone), and the health data tied to a name that is special
 * category under UK GDPR Art. 9: their lived experience and access needs, an involvement's support
 * (accessibility adjustments, care costs…) and a bursary's care costs (with the total that holds
 * them). Managers get records without these keys, may not search, filter or export by them (403),
 * and see lived experience only as suppressed counts (ADR 005). The one rule for API and UI.
 */
export function canSeePersonalDetails(actor: Actor): boolean {
  return actor.role !== "manager";
}

/** Agenda sessions, speaker advice, bursary places and bursaries: the events team and admin. */
export function canManageEvents(actor: Actor): boolean {
  return allows("agenda.update", actor.role);
}

/** Retention reviews lead to erasure: the same data steward (admin) sees who is due. */
export function canReviewRetention(actor: Actor): boolean {
  return allows("erasure.create", actor.role);
}

/** Equality answers may be recorded (with consent) by those who work with people... */
export function canRecordEquality(actor: Actor): boolean {
  return allows("equality.update", actor.role);
}

/** ...but one person's answers are shown to admin only (special-category data). */
export function canReadEquality(actor: Actor): boolean {
  return allows("equality.read", actor.role);
}
