import { and, eq } from "drizzle-orm";
import type { Db } from "../database";
import { involvementPlans, teams, users, workItems } from "../schema";
import { addDays, day, isoDate } from "./demo-util";

/**
 * Needs attention for the first demo lead, whatever the day: one undecided piece of work starting
 * in three weeks, and one event they lead in five weeks with nobody with patient voice on its
 * agenda yet. Added last and drawing nothing from the generator, so every row before stays.
 */
export async function seedAttention(db: Db, today: string, now: Date) {
  const [lead] = await db
    .select()
    .from(users)
    .where(and(eq(users.role, "lead"), eq(users.email, "lead@example.org")));
  const [research] = await db.select().from(teams).where(eq(teams.name, "Research and evidence"));
  const [events] = await db.select().from(teams).where(eq(teams.name, "Conferences and events"));
  if (!lead || !research || !events) return;
  const starting = (days: number) => isoDate(addDays(day(today), days));
  const stamps = { createdAt: now, updatedAt: now };
  const [, event] = await db
    .insert(workItems)
    .values([
      {
        title: "Patient panel review of discharge letters",
        kind: "research",
        teamId: research.id,
        leadId: lead.id,
        startDate: starting(21),
        endDate: starting(80),
        status: "planned",
        summary: "Reviewing the wording of discharge letters with the patient panel.",
        ...stamps,
      },
      {
        title: "Carers' listening event",
        kind: "event",
        teamId: events.id,
        leadId: lead.id,
        startDate: starting(35),
        endDate: starting(35),
        status: "planned",
        summary: "An afternoon hearing from carers about respite services.",
        ...stamps,
      },
    ])
    .returning();
  if (event)
    await db.insert(involvementPlans).values({
      workItemId: event.id,
      considered: true,
      consideredOn: today,
      consideredById: lead.id,
      level: "involve",
      roles: ["presenter"],
      ...stamps,
    });
}
