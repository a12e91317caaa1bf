import { count } from "drizzle-orm";
import { calendarDate } from "../../shared/calendar-date";
import type { Db } from "../database";
import { teams, users } from "../schema";
import { seedAttention } from "./demo-attention";
import { demoPassword, demoTeams, demoUsers } from "./demo-data";
import { seedDemoEvents } from "./demo-events";
import { seedLibraryEnquiries, seedStaffTraining } from "./demo-library";
import { seedBudgetsAndPayments } from "./demo-payments";
import { seedFeedback, seedInvolvements, seedPeople } from "./demo-people";
import { seedConsentHistory, seedRetentionDue } from "./demo-privacy";
import { seedRateCards } from "./demo-rate-cards";
import { seeding } from "./demo-util";
import { seedDecisions, seedWorkItems } from "./demo-work";

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Seeds demo accounts, teams and work items spread over two reporting years
 * (the one running at `now` and the one before it), with the people involved; and, for every
 * conference and event, its agenda, speakers, bursaries and event details. Only call on an empty database.
 *
 * Every part draws from one seeded generator in turn, so the order of the calls below is part of
 * the data: reordering them changes every row after the move.
 */
export async function seedDemo(db: Db, hash: (password: string) => Promise<string>, now: Date): Promise<void> {
  const { accounts, teamRows } = await seedAccounts(db, hash);

  // Reporting years run April to March: start from 1 April of the previous year.
  const yearStart = now.getUTCMonth() >= 3 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  const s = seeding(20_240_401, now, new Date(Date.UTC(yearStart, 3, 1)));

  const items = await seedWorkItems(db, s, accounts, teamRows);
  const plans = await seedDecisions(db, s, items);
  const directory = await seedPeople(db, s);
  const involvementRows = await seedInvolvements(db, s, items, plans, directory);
  await seedFeedback(db, s, items, directory, accounts);
  await seedLibraryEnquiries(db, s);
  await seedStaffTraining(db, s, accounts);

  // Agendas, speakers, equality answers, event details and bursaries: appended with their own
  // generator, so everything above stays exactly as it was.
  await seedDemoEvents(db, { now, from: s.from, items, people: directory, involvements: involvementRows });

  // Privacy: consent histories and some retention reviews due. Plain SQL, drawing nothing random.
  const lead = accounts.find((account) => account.role === "lead") ?? accounts[0];
  if (lead) await seedConsentHistory(db, lead);
  await seedRetentionDue(db, calendarDate(now));
  await seedRateCards(db, now);

  // Needs attention: something in each of the first lead's groups, whatever the day.
  await seedAttention(db, calendarDate(now), now);

  // Budgets on decisions (two over-committed) and the days paid involvements were paid.
  await seedBudgetsAndPayments(db, calendarDate(now));
}

/** The demo sign-in accounts (all with the demo password) and the teams that own work. */
async function seedAccounts(db: Db, hash: (password: string) => Promise<string>) {
  const passwordHashes = await Promise.all(demoUsers.map(() => hash(demoPassword)));
  const accounts = await db
    .insert(users)
    .values(demoUsers.map((u, i) => ({ ...u, passwordHash: passwordHashes[i] as string })))
    .returning();
  const teamRows = await db
    .insert(teams)
    .values(demoTeams.map((name) => ({ name })))
    .returning();
  return { accounts, teamRows };
}
