import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { involvementPlans } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import type { InvolvementPlan, InvolvementPlanInput, InvolvementRole } from "../../shared/schemas/involvement-plans";

type Row = typeof involvementPlans.$inferSelect;

function toPlan(row: Row): InvolvementPlan {
  return {
    workItemId: row.workItemId,
    considered: row.considered,
    consideredOn: row.consideredOn,
    consideredById: row.consideredById,
    level: row.level,
    roles: row.roles as InvolvementRole[],
    budgetPence: row.budgetPence,
    reason: row.reason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findPlan(db: Db, workItemId: string): Promise<InvolvementPlan | null> {
  const [row] = await db.select().from(involvementPlans).where(eq(involvementPlans.workItemId, workItemId));
  return row ? toPlan(row) : null;
}

/** Who considered it and when: the person recording it, on the day given or today. */
function stamp(input: InvolvementPlanInput, actorId: string, now: Date) {
  return {
    ...input,
    consideredOn: input.considered ? (input.consideredOn ?? calendarDate(now)) : null,
    consideredById: input.considered ? actorId : null,
  };
}

/** Records the first decision; null when another request recorded one first. */
export async function insertPlan(
  db: Db,
  workItemId: string,
  input: InvolvementPlanInput,
  actorId: string,
  now: Date,
): Promise<InvolvementPlan | null> {
  const [row] = await db
    .insert(involvementPlans)
    .values({ workItemId, ...stamp(input, actorId, now), version: 1, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  return row ? toPlan(row) : null;
}

/** Replaces the decision if nobody changed it since `version`; null when stale. */
export async function replacePlan(
  db: Db,
  workItemId: string,
  version: number,
  input: InvolvementPlanInput,
  actorId: string,
  now: Date,
): Promise<InvolvementPlan | null> {
  const [row] = await db
    .update(involvementPlans)
    .set({ ...stamp(input, actorId, now), version: version + 1, updatedAt: now })
    .where(and(eq(involvementPlans.workItemId, workItemId), eq(involvementPlans.version, version)))
    .returning();
  return row ? toPlan(row) : null;
}
