import {
  type EqualityAnswer,
  type EqualityQuestion,
  equalityQuestionKeys,
  preferNotToSay,
} from "../../shared/schemas/equality";
import type { Db } from "../database";
import { equalityAnswers } from "../schema";
import type { BursaryPlan } from "./demo-event-bursaries";
import { type EventSeeding, speaks } from "./demo-event-context";
import type { Person } from "./demo-event-people";
import type { Speaker } from "./demo-event-speakers";

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

/** Who answers the equality questions, decided before anyone new is written. */
type Monitoring = {
  /** Whether each person answered (where decided already). */
  answers: Map<Person, boolean>;
  /** Everyone speaking at any event. */
  speakers: Set<Person>;
};

/**
 * Who answered. Speakers who agreed to monitoring mostly answered; new speakers' consent is set per
 * event so that no event's "not answered" count is from 1 to 4: with everyone who answered also
 * answering the gender-identity question, that row can be shown across events. Everyone new who
 * is not speaking: most agree to monitoring, fewer answer.
 */
export function decideMonitoring(s: EventSeeding, speakers: Speaker[]): Monitoring {
  const { rand, cast } = s;
  const onAgenda = new Map<string, Set<Person>>(s.events.map((e) => [e.id, new Set()]));
  for (const i of s.input.involvements) {
    const person = cast.byId.get(i.personId);
    if (person && speaks(i)) onAgenda.get(i.workItemId)?.add(person);
  }
  for (const sp of speakers) if (speaks(sp)) onAgenda.get(sp.item.id)?.add(sp.person);
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
  for (const person of cast.made)
    if (!answers.has(person)) {
      person.consent = rand() < 0.7;
      answers.set(person, person.consent && rand() < 0.4);
    }
  return { answers, speakers: new Set([...onAgenda.values()].flatMap((set) => [...set])) };
}

/** Draws an answer by its weight. */
function weighted<A extends string>(s: EventSeeding, weights: Partial<Record<A, number>>): A {
  const entries = Object.entries(weights) as [A, number][];
  let r = s.rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]?.[0] as A;
}

/** Answers: everyone involved in an event with consent who answered, plus some of the bursary holders. */
export async function seedEqualityAnswers(
  db: Db,
  s: EventSeeding,
  monitoring: Monitoring,
  speakers: Speaker[],
  bursaryPlans: BursaryPlan[],
): Promise<void> {
  const { rand, cast } = s;
  const eventIds = new Set(s.events.map((e) => e.id));
  const involved = [
    ...monitoring.speakers,
    ...speakers.map((sp) => sp.person),
    ...s.input.involvements.flatMap((i) => (eventIds.has(i.workItemId) ? (cast.byId.get(i.personId) ?? []) : [])),
    ...bursaryPlans.map((b) => b.person),
  ];
  const answerRows: (typeof equalityAnswers.$inferInsert)[] = [];
  const written = new Set<Person>();
  for (const person of involved) {
    if (written.has(person) || !person.consent) continue;
    written.add(person);
    const answered = monitoring.answers.get(person) ?? rand() < 0.3;
    if (!answered) continue;
    const speaker = monitoring.speakers.has(person);
    const values = Object.fromEntries(
      equalityQuestionKeys.map((key) => {
        // Speakers answer the gender-identity question (see above); everyone else answers as they choose.
        if (key === "genderSameAsBirth" && speaker) return [key, "yes"];
        const { skip, weights } = answerWeights[key];
        if (rand() < skip) return [key, null];
        // Patients, service users and carers are more often disabled than the speakers' average.
        if (key === "disability" && person.voice) return [key, weighted(s, { yes: 45, no: 48, [preferNotToSay]: 7 })];
        return [key, weighted(s, weights)];
      }),
    ) as { [Q in EqualityQuestion]: EqualityAnswer<Q> | null };
    const given = person.row?.contactGivenOn ?? s.input.people.find((p) => p.id === person.id)?.equalityGivenOn;
    answerRows.push({ personId: person.id, ...values, updatedAt: s.at(given ?? s.today) });
  }
  if (answerRows.length) await db.insert(equalityAnswers).values(answerRows);
}
