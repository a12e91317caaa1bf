import { sql } from "drizzle-orm";
import { agendaRoles, speakerStatuses } from "../../shared/schemas/agenda";
import type { BursaryStatus } from "../../shared/schemas/bursary";
import {
  type EqualityAnswer,
  type EqualityQuestion,
  equalityQuestionKeys,
  preferNotToSay,
} from "../../shared/schemas/equality";
import { patientVoice } from "../../shared/schemas/person";
import type { Db } from "../database";
import {
  agendaSessions,
  bursaries,
  equalityAnswers,
  eventDetails,
  involvements,
  people,
  type workItems,
} from "../schema";
import {
  demoAccessNeeds,
  demoAdviceOutcomes,
  demoAdviceOutcomeUnresolved,
  demoLivedExperience,
  demoSessionTitles,
  demoSpeakerBriefs,
  demoSpeakerFamilyNames,
  demoSpeakerFeedback,
  demoSpeakerFirstNames,
  demoSpeakerImpact,
  demoTopics,
} from "./demo-data";
import { addDays, isoDate, random } from "./demo-util";

type Item = typeof workItems.$inferSelect;
type PersonIn = {
  id: string;
  perspectives: string[];
  contactWithdrawnOn: string | null;
  equalityGivenOn: string | null;
  equalityWithdrawnOn: string | null;
};
type InvolvementIn = { id: string; workItemId: string; personId: string; role: string; status: string };
type PersonRow = typeof people.$inferInsert;
/** Someone in the directory already, or someone new (`row`, inserted before anything refers to them). */
type Person = {
  id: string;
  perspectives: string[];
  voice: boolean;
  professional: boolean;
  consent: boolean;
  reachable: boolean;
  row: PersonRow | null;
};

type Format = "keynote" | "panel" | "workshop" | "talk" | "other";
type TitleList = keyof typeof demoSessionTitles;
type AgendaRole = (typeof agendaRoles)[number];
type Timing = "past" | "upcoming" | "cancelled";
type Status = "invited" | "confirmed" | "took_part" | "withdrew" | "declined";
type Plan = { format: Format; list: TitleList; time: string; crowd?: boolean };

const professionalPerspectives = ["clinician", "manager", "academic", "policy"];
const isSpeakerStatus = (status: string) => (speakerStatuses as readonly string[]).includes(status);
const isAgendaRole = (role: string) => (agendaRoles as readonly string[]).includes(role);
const holdsPlace = (status: string) => ["offered", "accepted", "attended", "no_show"].includes(status);

/** Last Sunday of a month (0-based), when UK clocks change. */
function lastSunday(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month + 1, 0));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return isoDate(day);
}

/** A London wall-clock time on a date, as ISO 8601 with its offset (British Summer Time or GMT). */
function londonTime(date: string, time: string): string {
  const year = Number(date.slice(0, 4));
  const summer = date >= lastSunday(year, 2) && date < lastSunday(year, 9);
  return `${date}T${time}:00${summer ? "+01:00" : "Z"}`;
}

/** Equality answers: how often each question is skipped, and the weights of the answers. */
const answerWeights: {
  [Q in EqualityQuestion]: { skip: number; weights: Partial<Record<EqualityAnswer<Q>, number>> };
} = {
  ageBand: {
    skip: 0.04,
    weights: { "16-24": 3, "25-34": 14, "35-44": 24, "45-54": 27, "55-64": 20, "65+": 9, [preferNotToSay]: 3 },
  },
  sex: { skip: 0.03, weights: { female: 56, male: 41, [preferNotToSay]: 3 } },
  genderSameAsBirth: { skip: 0.07, weights: { yes: 88, no: 5, [preferNotToSay]: 7 } },
  ethnicity: { skip: 0.04, weights: { white: 63, asian: 14, black: 10, mixed: 6, other: 2, [preferNotToSay]: 5 } },
  disability: { skip: 0.06, weights: { yes: 24, no: 69, [preferNotToSay]: 7 } },
  sexualOrientation: {
    skip: 0.09,
    weights: { heterosexual: 80, gay_or_lesbian: 7, bisexual: 5, other: 1, [preferNotToSay]: 7 },
  },
  region: {
    skip: 0.05,
    weights: {
      london: 30,
      south_east: 11,
      north_west: 12,
      yorkshire_and_the_humber: 8,
      west_midlands: 9,
      east_midlands: 5,
      east_of_england: 5,
      south_west: 6,
      north_east: 4,
      wales: 3,
      scotland: 2,
      northern_ireland: 1,
      outside_uk: 1,
      [preferNotToSay]: 2,
    },
  },
};

/**
 * Agendas, speakers, speaker advisers, event details, equality answers and bursaries for every
 * conference and event. Uses its own generator, so the data seeded before it is unchanged.
 */
export async function seedDemoEvents(
  db: Db,
  input: { now: Date; from: Date; items: Item[]; people: PersonIn[]; involvements: InvolvementIn[] },
): Promise<void> {
  const { now, from } = input;
  const today = isoDate(now);
  const rand = random(20_260_601);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const shuffle = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  };
  const upTo = (date: Date) => (date < now ? date : now);
  const at = (date: string) => upTo(new Date(`${date}T10:00:00Z`));
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const weighted = <A extends string>(weights: Partial<Record<A, number>>): A => {
    const entries = Object.entries(weights) as [A, number][];
    let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]?.[0] as A;
  };

  // People: those in the directory, and new ones made as they are needed (each new one for one event).
  const known: Person[] = input.people.map((p) => ({
    id: p.id,
    perspectives: p.perspectives,
    voice: p.perspectives.some((x) => (patientVoice as readonly string[]).includes(x)),
    professional: p.perspectives.every((x) => professionalPerspectives.includes(x)),
    consent: p.equalityGivenOn !== null && p.equalityWithdrawnOn === null,
    reachable: p.contactWithdrawnOn === null,
    row: null,
  }));
  const byId = new Map(known.map((p) => [p.id, p]));
  const pools = {
    voice: known.filter((p) => p.reachable && p.voice),
    professional: known.filter((p) => p.reachable && p.professional),
  };
  const professionalMix = [
    ["clinician"],
    ["clinician"],
    ["manager"],
    ["academic"],
    ["policy"],
    ["clinician", "academic"],
    ["manager", "clinician"],
  ];
  const voiceMix = [
    ["patient"],
    ["patient"],
    ["service_user"],
    ["carer"],
    ["patient", "carer"],
    ["service_user", "carer"],
  ];
  const made: Person[] = [];
  const makePerson = (voice: boolean): Person => {
    const i = made.length;
    const perspectives = pick(voice ? voiceMix : professionalMix);
    // Every pair of invented first and family names is used once.
    const first = demoSpeakerFirstNames[i % demoSpeakerFirstNames.length] as string;
    const family = demoSpeakerFamilyNames[
      (i + 5 * Math.floor(i / demoSpeakerFirstNames.length)) % demoSpeakerFamilyNames.length
    ] as string;
    const honorific = perspectives.includes("academic")
      ? pick(["Professor ", "Dr ", "Dr ", ""])
      : perspectives.includes("clinician")
        ? pick(["Dr ", "Dr ", ""])
        : "";
    const stamp = upTo(addDays(from, -150 + Math.floor(rand() * 90)));
    const given = isoDate(stamp);
    const person: Person = {
      id: "",
      perspectives,
      voice,
      professional: !voice,
      consent: false, // decided once we know where they speak
      reachable: true,
      row: {
        name: `${honorific}${first} ${family}`,
        email:
          rand() < 0.9
            ? `${`${first}.${family}`.toLowerCase().replace(/[^a-z.]/g, "")}@example.${voice ? "net" : "com"}`
            : null,
        phone: voice && rand() < 0.6 ? `07700 9${String(500 + i).padStart(5, "0")}` : null,
        perspectives,
        livedExperience: voice ? [pick(demoLivedExperience)] : [],
        accessNeeds: voice ? pick(demoAccessNeeds) : "",
        paymentPreference: voice
          ? pick(["bank_transfer", "bank_transfer", "gift_voucher", "charity_donation"])
          : "no_payment",
        retentionReviewOn: isoDate(addDays(stamp, 3 * 365)),
        contactGivenOn: given,
        contactWithdrawnOn: null,
        equalityGivenOn: null,
        equalityWithdrawnOn: null,
        namedGivenOn: rand() < (voice ? 0.5 : 0.85) ? given : null,
        namedWithdrawnOn: null,
        createdAt: stamp,
        updatedAt: stamp,
      },
    };
    made.push(person);
    return person;
  };
  /**
   * Someone not yet on this event: often someone new. Speakers from the directory are chosen among
   * those who agreed to equality monitoring; anyone may hold a bursary or advise.
   */
  const choose = (voice: boolean, used: Set<Person>, freshShare = 0.65, monitored = true): Person => {
    for (let attempt = 0; attempt < 60; attempt++) {
      if (rand() < freshShare) break;
      const person = pick(pools[voice ? "voice" : "professional"]);
      if (used.has(person) || (monitored && !person.consent)) continue;
      used.add(person);
      return person;
    }
    const person = makePerson(voice);
    used.add(person);
    return person;
  };

  const events = input.items.filter((item) => item.kind === "conference" || item.kind === "event");
  const timingOf = (item: Item): Timing =>
    item.status === "cancelled" ? "cancelled" : item.startDate > today ? "upcoming" : "past";
  const existingOn = (item: Item) => input.involvements.filter((i) => i.workItemId === item.id);
  const voiceSpeaker = (i: InvolvementIn) =>
    isAgendaRole(i.role) && isSpeakerStatus(i.status) && Boolean(byId.get(i.personId)?.voice);

  // About a third of events miss the target: chosen among those that do not already meet it,
  // every other one with a patient speaker invited but not confirmed.
  const candidates = shuffle(events.filter((item) => !existingOn(item).some(voiceSpeaker)));
  const missing = new Map(
    candidates
      .slice(0, Math.round(events.length / 3))
      .map((item, i) => [item.id, i % 2 === 0 ? ("onlyInvited" as const) : ("none" as const)]),
  );

  // Sessions: a conference runs a day of 4–5; an event 3–4, shaped by what kind of event it is.
  const planFor = (item: Item): Plan[] => {
    if (item.kind === "conference") {
      const n = between(4, 5);
      const times = [
        "09:30",
        ...shuffle(["10:30", "11:45", "13:30", "14:45", "16:00"])
          .slice(0, n - 1)
          .sort(),
      ];
      return times.map((time, i): Plan => {
        if (i === 0) return { format: "keynote", list: "openingKeynote", time };
        if (i === n - 1)
          return rand() < 0.5
            ? { format: "keynote", list: "closingKeynote", time }
            : { format: "panel", list: "closingPanel", time };
        const list = pick(["panel", "panel", "workshop", "talk"] as const);
        return { format: list, list, time };
      });
    }
    const title = item.title.toLowerCase();
    const plans: Plan[] = title.startsWith("roundtable")
      ? [
          { format: "other", list: "welcome", time: "10:00" },
          { format: "panel", list: "roundtable", time: "10:20", crowd: true },
          { format: "workshop", list: "workshop", time: "11:30" },
          { format: "talk", list: "summingUp", time: "12:30" },
        ]
      : title.includes("breakfast")
        ? [
            { format: "keynote", list: "breakfastKeynote", time: "08:00" },
            { format: "panel", list: "panel", time: "08:40" },
            { format: "talk", list: "talk", time: "09:20" },
            { format: "workshop", list: "breakout", time: "09:50" },
          ]
        : title.startsWith("evening lecture")
          ? [
              { format: "other", list: "refreshments", time: "16:30" },
              { format: "keynote", list: "lecture", time: "17:00" },
              { format: "talk", list: "response", time: "17:35" },
              { format: "panel", list: "qaPanel", time: "17:55" },
            ]
          : [
              { format: "talk", list: "webinarTalk", time: "12:30" },
              { format: "panel", list: "webinarPanel", time: "13:00" },
              { format: "workshop", list: "breakout", time: "13:35" },
              { format: "other", list: "close", time: "14:15" },
            ];
    return between(3, 4) === 4 ? plans : plans.filter((_, i) => i !== 2);
  };
  const topicOf = (item: Item) => {
    const title = item.title.toLowerCase();
    return (
      demoTopics.find((topic) => title.includes(topic.toLowerCase())) ??
      (title.includes("primary care") ? "primary care" : title.includes("inequalities") ? "health inequalities" : "")
    );
  };

  const sessionRows: (typeof agendaSessions.$inferInsert & { plan: Plan })[] = [];
  for (const item of events) {
    const topic = topicOf(item) || pick(demoTopics);
    const usedTitles = new Set<string>();
    for (const plan of planFor(item)) {
      const fresh = demoSessionTitles[plan.list].filter((t) => !usedTitles.has(t));
      const template = pick(fresh.length ? fresh : demoSessionTitles[plan.list]);
      usedTitles.add(template);
      const created = upTo(addDays(item.createdAt, between(1, 10)));
      sessionRows.push({
        workItemId: item.id,
        title: template.replace("{topic}", topic),
        startsAt: new Date(londonTime(item.startDate, plan.time)),
        format: plan.format,
        createdAt: created,
        updatedAt: created,
        plan,
      });
    }
  }
  const sessionIds = await db
    .insert(agendaSessions)
    .values(sessionRows.map(({ plan: _plan, ...row }) => row))
    .returning({ id: agendaSessions.id });
  const sessions = sessionRows.map((row, i) => ({ ...row, id: sessionIds[i]?.id as string }));
  const sessionsOf = (item: Item) => sessions.filter((s) => s.workItemId === item.id);

  // Speakers already in the directory's involvements take a slot that suits their role.
  const suits: Record<string, Format[]> = {
    chair: ["panel", "other", "keynote", "talk"],
    presenter: ["keynote", "talk"],
    panellist: ["panel"],
    facilitator: ["workshop"],
  };
  const placed = input.involvements.flatMap((involvement) => {
    if (!isAgendaRole(involvement.role)) return [];
    const own = sessions.filter((s) => s.workItemId === involvement.workItemId);
    if (!own.length) return [];
    const fitting = own.filter((s) => suits[involvement.role]?.includes(s.plan.format));
    return [sql`(${involvement.id}, ${pick(fitting.length ? fitting : own).id})`];
  });
  if (placed.length)
    await db.execute(sql`update involvements as i set session_id = v.session_id::uuid
      from (values ${sql.join(placed, sql`, `)}) as v(id, session_id) where i.id = v.id::uuid`);

  // New speakers, slot by slot, and patients advising on speakers for some conferences.
  type Speaker = {
    item: Item;
    sessionId: string | null;
    format: Format | null;
    role: AgendaRole | "speaker_adviser";
    person: Person;
    status: Status;
  };
  const rolesFor = (plan: Plan): AgendaRole[] => {
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
  };
  const voiceShare: Record<AgendaRole, number> = { chair: 0.3, presenter: 0.35, panellist: 0.4, facilitator: 0.5 };
  const statusFor = (timing: Timing): Status => {
    const r = rand();
    if (timing === "past") return r < 0.88 ? "took_part" : r < 0.94 ? "withdrew" : "declined";
    if (timing === "upcoming") return r < 0.74 ? "confirmed" : r < 0.94 ? "invited" : "declined";
    return r < 0.75 ? "confirmed" : r < 0.9 ? "withdrew" : "invited";
  };
  const speakers: Speaker[] = [];
  const usedOn = new Map<string, Set<Person>>();
  const adviceSought = new Map<string, boolean | null>();
  for (const item of events) {
    const timing = timingOf(item);
    const settled: Status = timing === "past" ? "took_part" : "confirmed";
    const miss = missing.get(item.id);
    const used = new Set(existingOn(item).flatMap((i) => byId.get(i.personId) ?? []));
    usedOn.set(item.id, used);
    const own: Speaker[] = [];
    for (const session of sessionsOf(item)) {
      const { plan } = session;
      for (const role of rolesFor(plan)) {
        const voice = !miss && rand() < voiceShare[role];
        const person = choose(voice, used);
        own.push({ item, sessionId: session.id, format: plan.format, role, person, status: statusFor(timing) });
      }
    }
    if (!miss && !own.some((s) => s.person.voice && isSpeakerStatus(s.status))) {
      // The target is met: a patient voice confirmed, or who took part.
      const slot = own.find((s) => s.person.voice) ?? own.find((s) => s.role === "panellist") ?? own[0];
      if (slot) {
        if (!slot.person.voice) slot.person = choose(true, used);
        slot.status = settled;
      }
    }
    if (miss === "onlyInvited") {
      const session = sessionsOf(item).find((s) => s.plan.format === "panel") ?? sessionsOf(item)[0];
      if (session)
        own.push({
          item,
          sessionId: session.id,
          format: session.plan.format,
          role: session.plan.format === "panel" ? "panellist" : "presenter",
          person: choose(true, used),
          status: "invited",
        });
    }
    const hasAdviser = existingOn(item).some((i) => i.role === "speaker_adviser");
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
          person: choose(true, used, 0.3, false),
          status: settled,
        });
    // Where a speaker from the directory has not agreed to monitoring, the panel is big enough
    // for at least five answers and five "not answered" (see the equality answers below).
    const counted = () =>
      new Set([
        ...existingOn(item).flatMap((i) => (isAgendaRole(i.role) && isSpeakerStatus(i.status) ? [i.personId] : [])),
        ...own.flatMap((s) => (isAgendaRole(s.role) && isSpeakerStatus(s.status) ? [s.person] : [])),
      ]).size;
    const unmonitored = existingOn(item).some(
      (i) => isAgendaRole(i.role) && isSpeakerStatus(i.status) && !byId.get(i.personId)?.consent,
    );
    const panel = sessionsOf(item).find((s) => s.plan.format === "panel");
    while (unmonitored && panel && timing !== "cancelled" && counted() < 11)
      own.push({
        item,
        sessionId: panel.id,
        format: "panel",
        role: "panellist",
        person: choose(!miss && rand() < 0.4, used),
        status: settled,
      });
    speakers.push(...own);
  }

  // Bursaries: funded places for patients, service users and carers (not the event's speakers).
  const pathTo = (status: BursaryStatus): BursaryStatus[] => {
    const r = rand();
    switch (status) {
      case "applied":
        return ["applied"];
      case "offered":
        return r < 0.2 ? ["offered"] : ["applied", "offered"];
      case "accepted":
        return r < 0.2 ? ["offered", "accepted"] : ["applied", "offered", "accepted"];
      case "attended":
      case "no_show":
        return ["applied", "offered", "accepted", status];
      case "declined":
        return r < 0.5 ? ["applied", "declined"] : ["applied", "offered", "declined"];
      default:
        return r < 0.33
          ? ["applied", "withdrawn"]
          : r < 0.66
            ? ["applied", "offered", "withdrawn"]
            : ["applied", "offered", "accepted", "withdrawn"];
    }
  };
  const bursaryPlans: (Omit<typeof bursaries.$inferInsert, "personId"> & { person: Person })[] = [];
  for (const item of events) {
    const timing = timingOf(item);
    const online = item.title.toLowerCase().startsWith("webinar");
    const conference = item.kind === "conference";
    const n =
      timing === "cancelled"
        ? between(0, conference ? 2 : 1)
        : online
          ? 0
          : conference
            ? between(3, 6)
            : timing === "upcoming"
              ? between(3, 5)
              : between(1, 3);
    const used = usedOn.get(item.id) ?? new Set<Person>();
    for (let k = 0; k < n; k++) {
      const person = choose(true, used, 0.3, false);
      const status: BursaryStatus =
        timing === "cancelled"
          ? "withdrawn"
          : timing === "past"
            ? pick(["attended", "attended", "attended", "attended", "attended", "no_show", "declined", "withdrawn"])
            : pick(["applied", "applied", "offered", "offered", "accepted", "accepted", "declined", "withdrawn"]);
      const path = pathTo(status);
      const dates: string[] = [];
      if (timing === "past") {
        let on = addDays(day(item.startDate), -between(40, 69));
        for (const step of path) {
          dates.push(isoDate(step === "attended" || step === "no_show" ? day(item.startDate) : on));
          on = addDays(on, between(3, 10));
        }
      } else {
        // Dated up to today (or the day before the event, for one called off earlier).
        let on = addDays(item.startDate > today ? day(today) : addDays(day(item.startDate), -1), -between(0, 9));
        for (let s = path.length - 1; s >= 0; s--) {
          dates.unshift(isoDate(on));
          on = addDays(on, -between(3, 10));
        }
      }
      const claimed =
        status === "attended" && rand() < 0.7 ? isoDate(addDays(day(item.startDate), between(2, 20))) : null;
      const claimedOn = claimed && claimed <= today ? claimed : null;
      const paid = claimedOn && rand() < 0.75 ? isoDate(addDays(day(claimedOn), between(5, 30))) : null;
      const paidOn = paid && paid <= today ? paid : null;
      const last = [dates[dates.length - 1] as string, claimedOn ?? "", paidOn ?? ""].sort().pop() as string;
      bursaryPlans.push({
        workItemId: item.id,
        person,
        status,
        statusHistory: path.map((step, s) => ({ status: step, on: dates[s] as string })),
        ticketValuePence: conference ? 9_500 + between(0, 9) * 1_000 : 2_500,
        travelPence: rand() < 0.1 ? 0 : 1_200 + between(0, 99) * 100,
        accommodationPence: conference && rand() < 0.3 ? 8_900 + between(0, 3) * 1_000 : 0,
        carePence: rand() < (person.perspectives.includes("carer") ? 0.5 : 0.08) ? 3_000 + between(0, 5) * 1_000 : 0,
        claimedOn,
        paidOn,
        createdAt: at(dates[0] as string),
        updatedAt: at(last),
      });
    }
  }

  // Equality answers. Speakers who agreed to monitoring mostly answered; new speakers' consent is
  // set per event so that no event's "not answered" count is from 1 to 4: with everyone who
  // answered also answering the gender-identity question, that row can be shown across events.
  const onAgenda = new Map<string, Set<Person>>(events.map((e) => [e.id, new Set()]));
  for (const i of input.involvements) {
    const person = byId.get(i.personId);
    if (person && isAgendaRole(i.role) && isSpeakerStatus(i.status)) onAgenda.get(i.workItemId)?.add(person);
  }
  for (const s of speakers)
    if (isAgendaRole(s.role) && isSpeakerStatus(s.status)) onAgenda.get(s.item.id)?.add(s.person);
  const speakerSet = new Set([...onAgenda.values()].flatMap((set) => [...set]));
  const answers = new Map<Person, boolean>();
  for (const set of onAgenda.values())
    for (const person of set) if (!person.row && !answers.has(person)) answers.set(person, person.consent);
  const shown = (n: number) => n === 0 || n >= 5;
  for (const set of onAgenda.values()) {
    const group = [...set];
    const fresh = group.filter((p) => p.row && !answers.has(p));
    const knownSilent = group.filter((p) => !p.row && !answers.get(p)).length;
    // How many new speakers did not answer: about one in five, or the nearest count that keeps
    // both "answered" and "not answered" at this event at 0 or at least 5.
    const natural = fresh.filter(() => rand() < 0.2).length;
    const options = [
      natural,
      5 - knownSilent,
      ...fresh.map((_, i) => natural + i),
      ...fresh.map((_, i) => natural - i),
    ];
    const silent =
      options.find(
        (n) => n >= 0 && n <= fresh.length && shown(knownSilent + n) && shown(group.length - knownSilent - n),
      ) ?? natural;
    fresh.forEach((person, i) => {
      const answered = i >= silent;
      answers.set(person, answered);
      person.consent = answered || rand() < 0.4;
    });
  }
  // Everyone new who is not speaking: most agree to monitoring, fewer answer.
  for (const person of made)
    if (!answers.has(person)) {
      person.consent = rand() < 0.7;
      answers.set(person, person.consent && rand() < 0.4);
    }

  // Now the new people exist, everything that refers to them can be written.
  for (const person of made) if (person.row && person.consent) person.row.equalityGivenOn = person.row.contactGivenOn;
  if (made.length) {
    const ids = await db
      .insert(people)
      .values(made.map((p) => p.row as PersonRow))
      .returning({ id: people.id });
    made.forEach((person, i) => {
      person.id = ids[i]?.id as string;
    });
  }

  const speakerRows = speakers.map((s): typeof involvements.$inferInsert => {
    const { item, role, status, person } = s;
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
            "briefing",
            ...(person.voice && rand() < 0.4 ? ["travel_booked"] : []),
            ...(person.voice && rand() < 0.2 ? ["accessibility_adjustments"] : []),
            ...(tookPart && person.voice && rand() < 0.5 ? ["debrief"] : []),
          ]
        : [],
      feePence: paid ? (s.format === "keynote" && role === "presenter" ? 25_000 : 15_000) : null,
      expensesPence: paid && rand() < 0.5 ? 1_500 + between(0, 49) * 100 : null,
      paymentStatus: paid ? (tookPart ? (rand() < 0.75 ? "paid" : "due") : "not_due") : "declined",
      feedback: tookPart && person.voice && rand() < 0.5 ? pick(demoSpeakerFeedback) : "",
      impact: tookPart && rand() < 0.4 ? pick(demoSpeakerImpact) : "",
      sessionId: s.sessionId,
      createdAt: created,
      updatedAt: tookPart ? upTo(addDays(day(item.startDate), 2)) : created,
    };
  });
  if (speakerRows.length) await db.insert(involvements).values(speakerRows);

  // Answers: everyone involved here with consent who answered, plus some of the bursary holders.
  const involved = [
    ...speakerSet,
    ...speakers.map((s) => s.person),
    ...input.involvements.flatMap((i) => (onAgenda.has(i.workItemId) ? (byId.get(i.personId) ?? []) : [])),
    ...bursaryPlans.map((b) => b.person),
  ];
  const answerRows: (typeof equalityAnswers.$inferInsert)[] = [];
  const written = new Set<Person>();
  for (const person of involved) {
    if (written.has(person) || !person.consent) continue;
    written.add(person);
    const answered = answers.get(person) ?? rand() < 0.3;
    if (!answered) continue;
    const speaker = speakerSet.has(person);
    const values = Object.fromEntries(
      equalityQuestionKeys.map((key) => {
        // Speakers answer the gender-identity question (see above); everyone else answers as they choose.
        if (key === "genderSameAsBirth" && speaker) return [key, "yes"];
        const { skip, weights } = answerWeights[key];
        if (rand() < skip) return [key, null];
        // Patients, service users and carers are more often disabled than the speakers' average.
        if (key === "disability" && person.voice) return [key, weighted({ yes: 45, no: 48, [preferNotToSay]: 7 })];
        return [key, weighted(weights)];
      }),
    ) as { [Q in EqualityQuestion]: EqualityAnswer<Q> | null };
    const given = person.row?.contactGivenOn ?? input.people.find((p) => p.id === person.id)?.equalityGivenOn;
    answerRows.push({ personId: person.id, ...values, updatedAt: at(given ?? today) });
  }
  if (answerRows.length) await db.insert(equalityAnswers).values(answerRows);

  // Event details: places and budget to match the bursaries, except one event offering more places
  // than it has and another spending more than its budget.
  const bursaryRows = bursaryPlans.map(({ person, ...row }) => ({ ...row, personId: person.id }));
  const cost = (b: (typeof bursaryRows)[number]) =>
    (b.ticketValuePence ?? 0) + (b.travelPence ?? 0) + (b.accommodationPence ?? 0) + (b.carePence ?? 0);
  const usage = events.map((item) => {
    const own = bursaryRows.filter((b) => b.workItemId === item.id && holdsPlace(b.status));
    return { item, used: own.length, spend: own.reduce((sum, b) => sum + cost(b), 0) };
  });
  const live = usage.filter((u) => timingOf(u.item) !== "cancelled");
  const largest = (list: typeof usage, by: (u: (typeof usage)[number]) => number) =>
    list.reduce<(typeof usage)[number] | undefined>((best, u) => (!best || by(u) > by(best) ? u : best), undefined);
  const overPlaces = largest(live, (u) => u.used);
  const overBudget = largest(
    live.filter((u) => u !== overPlaces),
    (u) => u.spend,
  );
  const round = (pence: number) => Math.ceil(pence / 5_000) * 5_000;
  const detailRows = usage.map((u) => {
    const { item, used, spend } = u;
    const online = item.title.toLowerCase().startsWith("webinar");
    let places = online && used === 0 ? 0 : Math.min(12, Math.max(used + between(0, 3), between(2, 7)));
    let budget = places === 0 ? 0 : Math.min(300_000, Math.max(round(spend) + between(0, 5) * 5_000, places * 20_000));
    if (u === overPlaces && used > 0) places = used - 1;
    if (u === overBudget && spend > 0) budget = Math.floor((spend * 0.75) / 5_000) * 5_000;
    const sought = adviceSought.get(item.id) ?? null;
    return {
      workItemId: item.id,
      bursaryPlaces: places,
      bursaryBudgetPence: budget,
      adviceSought: sought,
      adviceOutcome: sought ? (missing.has(item.id) ? demoAdviceOutcomeUnresolved : pick(demoAdviceOutcomes)) : "",
      updatedAt: upTo(addDays(item.createdAt, 14)),
    };
  });
  if (detailRows.length) await db.insert(eventDetails).values(detailRows);
  if (bursaryRows.length) await db.insert(bursaries).values(bursaryRows);
}
