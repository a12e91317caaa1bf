import type { agendaRoles } from "../../shared/schemas/agenda";
import type { Db } from "../database";
import { involvements } from "../schema";
import { demoSpeakerBriefs, demoSpeakerFeedback, demoSpeakerImpact } from "./demo-data";
import { type EventSeeding, isSpeakerStatus, speaks, type Timing } from "./demo-event-context";
import type { Person } from "./demo-event-people";
import type { Format, Plan, Session } from "./demo-event-sessions";
import { addDays, day } from "./demo-util";
import type { Item } from "./demo-work";

type AgendaRole = (typeof agendaRoles)[number];
type Status = "invited" | "confirmed" | "took_part" | "withdrew" | "declined";
/** Events that miss the patient-speaker target, and how. */
export type Shortfalls = Map<string, "onlyInvited" | "none">;
/** A new speaker or speaker adviser, before the new people have ids. */
export type Speaker = {
  item: Item;
  sessionId: string | null;
  format: Format | null;
  role: AgendaRole | "speaker_adviser";
  person: Person;
  status: Status;
};
export type SpeakerPlan = {
  speakers: Speaker[];
  /** Everyone on each event (by work item id), so its bursaries go to others. */
  usedOn: Map<string, Set<Person>>;
  /** Whether each event sought patients' advice on its speakers (null: not recorded). */
  adviceSought: Map<string, boolean | null>;
};

/**
 * About a third of events miss the target of a patient speaker: chosen among those that do not
 * already meet it, every other one with a patient speaker invited but not confirmed.
 */
export function chooseShortfalls(s: EventSeeding): Shortfalls {
  const voiceSpeaker = (i: EventSeeding["input"]["involvements"][number]) =>
    speaks(i) && Boolean(s.cast.byId.get(i.personId)?.voice);
  const candidates = s.shuffle(s.events.filter((item) => !s.existingOn(item).some(voiceSpeaker)));
  return new Map(
    candidates
      .slice(0, Math.round(s.events.length / 3))
      .map((item, i) => [item.id, i % 2 === 0 ? ("onlyInvited" as const) : ("none" as const)]),
  );
}

/** Who each session needs, by its format. */
function rolesFor(s: EventSeeding, plan: Plan): AgendaRole[] {
  const { rand, between } = s;
  const times = (n: number, role: AgendaRole) => Array.from({ length: n }, () => role);
  switch (plan.format) {
    case "keynote":
      return rand() < 0.5 ? ["chair", "presenter"] : ["presenter"];
    case "panel":
      return ["chair", ...times(plan.crowd ? between(6, 9) : between(4, 6), "panellist")];
    case "workshop":
      return times(between(3, 4), "facilitator");
    case "talk":
      return [...(rand() < 0.4 ? (["chair"] as const) : []), ...times(between(1, 2), "presenter")];
    default:
      return rand() < 0.5 ? ["chair", "presenter"] : ["chair"];
  }
}

/** How often each role goes to a patient, service user or carer. */
const voiceShare: Record<AgendaRole, number> = { chair: 0.3, presenter: 0.35, panellist: 0.4, facilitator: 0.5 };

function statusFor(s: EventSeeding, timing: Timing): Status {
  const r = s.rand();
  if (timing === "past") return r < 0.88 ? "took_part" : r < 0.94 ? "withdrew" : "declined";
  if (timing === "upcoming") return r < 0.74 ? "confirmed" : r < 0.94 ? "invited" : "declined";
  return r < 0.75 ? "confirmed" : r < 0.9 ? "withdrew" : "invited";
}

/**
 * New speakers, slot by slot, meeting or missing the patient-speaker target as chosen; whether
 * advice on speakers was sought, with patients advising on speakers for some conferences.
 */
export function planSpeakers(s: EventSeeding, sessions: Session[], missing: Shortfalls): SpeakerPlan {
  const { rand, between, cast } = s;
  const sessionsOf = (item: Item) => sessions.filter((session) => session.workItemId === item.id);
  const speakers: Speaker[] = [];
  const usedOn = new Map<string, Set<Person>>();
  const adviceSought = new Map<string, boolean | null>();
  for (const item of s.events) {
    const timing = s.timingOf(item);
    const settled: Status = timing === "past" ? "took_part" : "confirmed";
    const miss = missing.get(item.id);
    const used = new Set(s.existingOn(item).flatMap((i) => cast.byId.get(i.personId) ?? []));
    usedOn.set(item.id, used);
    const own: Speaker[] = [];
    for (const session of sessionsOf(item)) {
      const { plan } = session;
      for (const role of rolesFor(s, plan)) {
        const voice = !miss && rand() < voiceShare[role];
        const person = cast.choose(voice, used);
        own.push({ item, sessionId: session.id, format: plan.format, role, person, status: statusFor(s, timing) });
      }
    }
    if (!miss && !own.some((sp) => sp.person.voice && isSpeakerStatus(sp.status))) {
      // The target is met: a patient voice confirmed, or who took part.
      const slot = own.find((sp) => sp.person.voice) ?? own.find((sp) => sp.role === "panellist") ?? own[0];
      if (slot) {
        if (!slot.person.voice) slot.person = cast.choose(true, used);
        slot.status = settled;
      }
    }
    if (miss === "onlyInvited") {
      const session = sessionsOf(item).find((sn) => sn.plan.format === "panel") ?? sessionsOf(item)[0];
      if (session)
        own.push({
          item,
          sessionId: session.id,
          format: session.plan.format,
          role: session.plan.format === "panel" ? "panellist" : "presenter",
          person: cast.choose(true, used),
          status: "invited",
        });
    }
    const hasAdviser = s.existingOn(item).some((i) => i.role === "speaker_adviser");
    const r = rand();
    const sought = hasAdviser ? true : r < (miss ? 0.25 : 0.55) ? true : r < (miss ? 0.6 : 0.8) ? false : null;
    adviceSought.set(item.id, sought);
    if (sought && item.kind === "conference" && !hasAdviser)
      for (let n = between(1, 2); n > 0; n--)
        own.push({
          item,
          sessionId: null,
          format: null,
          role: "speaker_adviser",
          person: cast.choose(true, used, 0.3, false),
          status: settled,
        });
    // Where a speaker from the directory has not agreed to monitoring, the panel is big enough
    // for at least five answers and five "not answered" (see the equality answers).
    const counted = () =>
      new Set([
        ...s.existingOn(item).flatMap((i) => (speaks(i) ? [i.personId] : [])),
        ...own.flatMap((sp) => (speaks(sp) ? [sp.person] : [])),
      ]).size;
    const unmonitored = s.existingOn(item).some((i) => speaks(i) && !cast.byId.get(i.personId)?.consent);
    const panel = sessionsOf(item).find((sn) => sn.plan.format === "panel");
    while (unmonitored && panel && timing !== "cancelled" && counted() < 11)
      own.push({
        item,
        sessionId: panel.id,
        format: "panel",
        role: "panellist",
        person: cast.choose(!miss && rand() < 0.4, used),
        status: settled,
      });
    speakers.push(...own);
  }
  return { speakers, usedOn, adviceSought };
}

/** The new speakers' and advisers' involvements, with briefs, fees and what came of it. */
export async function seedSpeakers(db: Db, s: EventSeeding, speakers: Speaker[]): Promise<void> {
  const { rand, pick, between, upTo } = s;
  const speakerRows = speakers.map((sp): typeof involvements.$inferInsert => {
    const { item, role, status, person } = sp;
    const briefed = status !== "invited" && status !== "declined";
    const brief = demoSpeakerBriefs[role];
    const paid = person.voice && rand() < 0.9;
    const tookPart = status === "took_part";
    const created = upTo(
      new Date(Math.max(item.createdAt.getTime(), addDays(day(item.startDate), -between(14, 74)).getTime())),
    );
    return {
      workItemId: item.id,
      personId: person.id,
      role,
      status,
      startDate: item.startDate,
      endDate: item.endDate,
      hours: tookPart ? (role === "chair" || role === "facilitator" ? 3 : 2) + between(0, 3) : null,
      ask: briefed ? brief.ask : "",
      expectations: briefed ? brief.expectations : "",
      support: briefed
        ? [
            "briefing" as const,
            ...(person.voice && rand() < 0.4 ? (["travel_booked"] as const) : []),
            ...(person.voice && rand() < 0.2 ? (["accessibility_adjustments"] as const) : []),
            ...(tookPart && person.voice && rand() < 0.5 ? (["debrief"] as const) : []),
          ]
        : [],
      feePence: paid ? (sp.format === "keynote" && role === "presenter" ? 25_000 : 15_000) : null,
      expensesPence: paid && rand() < 0.5 ? 1_500 + between(0, 49) * 100 : null,
      paymentStatus: paid ? (tookPart ? (rand() < 0.75 ? "paid" : "due") : "not_due") : "declined",
      feedback: tookPart && person.voice && rand() < 0.5 ? pick(demoSpeakerFeedback) : "",
      impact: tookPart && rand() < 0.4 ? pick(demoSpeakerImpact) : "",
      sessionId: sp.sessionId,
      createdAt: created,
      updatedAt: tookPart ? upTo(addDays(day(item.startDate), 2)) : created,
    };
  });
  if (speakerRows.length) await db.insert(involvements).values(speakerRows);
}
