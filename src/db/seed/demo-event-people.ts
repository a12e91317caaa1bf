import type { Perspective } from "../../shared/schemas/people";
import { patientVoice } from "../../shared/schemas/people";
import type { Db } from "../database";
import { people } from "../schema";
import { demoAccessNeeds, demoLivedExperience, demoSpeakerFamilyNames, demoSpeakerFirstNames } from "./demo-data";
import type { DirectoryPerson } from "./demo-people";
import { addDays, isoDate, type Seeding } from "./demo-util";

type PersonRow = typeof people.$inferInsert;
/** Someone in the directory already, or someone new (`row`, inserted before anything refers to them). */
export type Person = {
  id: string;
  perspectives: Perspective[];
  voice: boolean;
  professional: boolean;
  consent: boolean;
  reachable: boolean;
  row: PersonRow | null;
};

/**
 * The people the events part casts: those in the directory, and new ones made as they are needed
 * (each new one for one event).
 */
export type Cast = {
  byId: Map<string, Person>;
  /** The new people, in the order they were made. */
  made: Person[];
  /**
   * Someone not yet on this event (`used`, which they join): often someone new. Speakers from the
   * directory are chosen among those who agreed to equality monitoring; anyone may hold a bursary or advise.
   */
  choose: (voice: boolean, used: Set<Person>, freshShare?: number, monitored?: boolean) => Person;
};

const professionalPerspectives = ["clinician", "manager", "academic", "policy"];
const professionalMix: Perspective[][] = [
  ["clinician"],
  ["clinician"],
  ["manager"],
  ["academic"],
  ["policy"],
  ["clinician", "academic"],
  ["manager", "clinician"],
];
const voiceMix: Perspective[][] = [
  ["patient"],
  ["patient"],
  ["service_user"],
  ["carer"],
  ["patient", "carer"],
  ["service_user", "carer"],
];

export function castFrom(s: Seeding, directory: DirectoryPerson[]): Cast {
  const { rand, pick } = s;
  const known: Person[] = directory.map((p) => ({
    id: p.id,
    perspectives: p.perspectives,
    voice: p.perspectives.some((x) => (patientVoice as readonly string[]).includes(x)),
    professional: p.perspectives.every((x) => professionalPerspectives.includes(x)),
    consent: p.equalityGivenOn !== null && p.equalityWithdrawnOn === null,
    reachable: p.contactWithdrawnOn === null,
    row: null,
  }));
  const pools = {
    voice: known.filter((p) => p.reachable && p.voice),
    professional: known.filter((p) => p.reachable && p.professional),
  };
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
    const stamp = s.upTo(addDays(s.from, -150 + Math.floor(rand() * 90)));
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
  return { byId: new Map(known.map((p) => [p.id, p])), made, choose };
}

/**
 * The new people, once their consent to equality monitoring is decided: inserted before the
 * speakers, answers and bursaries that refer to them, and given their ids.
 */
export async function seedNewPeople(db: Db, cast: Cast): Promise<void> {
  const { made } = cast;
  for (const person of made) if (person.row && person.consent) person.row.equalityGivenOn = person.row.contactGivenOn;
  if (!made.length) return;
  const ids = await db
    .insert(people)
    .values(made.map((p) => p.row as PersonRow))
    .returning({ id: people.id });
  made.forEach((person, i) => {
    person.id = ids[i]?.id as string;
  });
}
