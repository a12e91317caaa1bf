import { agendaRoles, speakerStatuses } from "../../shared/schemas/agenda";
import { type Cast, castFrom } from "./demo-event-people";
import type { DirectoryPerson } from "./demo-people";
import { type Seeding, seeding } from "./demo-util";
import type { Item } from "./demo-work";

/** An involvement seeded before the events part, as far as the events part reads it. */
type InvolvementIn = { id: string; workItemId: string; personId: string; role: string; status: string };
export type EventsInput = {
  now: Date;
  from: Date;
  items: Item[];
  people: DirectoryPerson[];
  involvements: InvolvementIn[];
};
export type Timing = "past" | "upcoming" | "cancelled";

/** What the events part's steps share: its own generator, the conferences and events, and the cast. */
export type EventSeeding = Seeding & {
  input: EventsInput;
  /** Every conference and event, in work-item order. */
  events: Item[];
  cast: Cast;
  /** 10:00 UTC on a date, or `now` if that is later. */
  at: (date: string) => Date;
  timingOf: (item: Item) => Timing;
  /** The involvements seeded before the events part on an item. */
  existingOn: (item: Item) => InvolvementIn[];
};

export function eventSeeding(input: EventsInput): EventSeeding {
  const s = seeding(20_260_601, input.now, input.from);
  return {
    ...s,
    input,
    events: input.items.filter((item) => item.kind === "conference" || item.kind === "event"),
    cast: castFrom(s, input.people),
    at: (date) => s.upTo(new Date(`${date}T10:00:00Z`)),
    timingOf: (item) => (item.status === "cancelled" ? "cancelled" : item.startDate > s.today ? "upcoming" : "past"),
    existingOn: (item) => input.involvements.filter((i) => i.workItemId === item.id),
  };
}

export const isSpeakerStatus = (status: string) => (speakerStatuses as readonly string[]).includes(status);
export const isAgendaRole = (role: string) => (agendaRoles as readonly string[]).includes(role);
/** Whether an involvement in this role and status counts among an event's speakers. */
export const speaks = (i: { role: string; status: string }) => isAgendaRole(i.role) && isSpeakerStatus(i.status);
