import type { Db } from "../database";
import { bursaryRowsOf, planBursaries, seedBursaries, seedEventDetails } from "./demo-event-bursaries";
import { type EventsInput, eventSeeding } from "./demo-event-context";
import { decideMonitoring, seedEqualityAnswers } from "./demo-event-equality";
import { seedNewPeople } from "./demo-event-people";
import { placeDirectorySpeakers, seedSessions } from "./demo-event-sessions";
import { chooseShortfalls, planSpeakers, seedSpeakers } from "./demo-event-speakers";

/**
 * Agendas, speakers, speaker advisers, event details, equality answers and bursaries for every
 * conference and event. Uses its own generator, so the data seeded before it is unchanged.
 *
 * New people are made as speakers, advisers and bursary holders are chosen, and written once
 * their consent is decided; only then can the rows that refer to them be. Each step draws from the
 * generator in turn, so the order below is part of the data.
 */
export async function seedDemoEvents(db: Db, input: EventsInput): Promise<void> {
  const s = eventSeeding(input);
  const missing = chooseShortfalls(s);
  const sessions = await seedSessions(db, s);
  await placeDirectorySpeakers(db, s, sessions);
  const { speakers, usedOn, adviceSought } = planSpeakers(s, sessions, missing);
  const bursaryPlans = planBursaries(s, usedOn);
  const monitoring = decideMonitoring(s, speakers);
  await seedNewPeople(db, s.cast);
  await seedSpeakers(db, s, speakers);
  await seedEqualityAnswers(db, s, monitoring, speakers, bursaryPlans);
  const bursaryRows = bursaryRowsOf(bursaryPlans);
  await seedEventDetails(db, s, bursaryRows, adviceSought, missing);
  await seedBursaries(db, bursaryRows);
}
