import type { Role } from "./schemas/user";
import type { WorkItemKind } from "./schemas/work-item";

/** Who is asking: enough of the signed-in user to decide. */
export type Actor = { id: string; role: Role };

type WorkItemRef = { kind: WorkItemKind; leadId: string };

export type WorkItemAction = "create" | "update" | "delete";

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
  return actor.role !== "manager";
}

/** Kinds an actor may choose in the form. */
export function allowedKinds(actor: Actor, all: readonly WorkItemKind[]): readonly WorkItemKind[] {
  return actor.role === "events" ? eventKinds : all;
}

/** People: lead, events and admin create and edit them; managers read. */
export function canEditPeople(actor: Actor): boolean {
  return actor.role !== "manager";
}

/** Contact details and access needs reach only the roles that work with people directly. */
export function canSeeContactDetails(actor: Actor): boolean {
  return actor.role !== "manager";
}

/** Agenda sessions, speaker advice, bursary places and bursaries: the events team and admin. */
export function canManageEvents(actor: Actor): boolean {
  return actor.role === "events" || actor.role === "admin";
}

/** Equality answers may be recorded (with consent) by those who work with people... */
export function canRecordEquality(actor: Actor): boolean {
  return actor.role !== "manager";
}

/** ...but one person's answers are shown to admin only (special-category data). */
export function canReadEquality(actor: Actor): boolean {
  return actor.role === "admin";
}
