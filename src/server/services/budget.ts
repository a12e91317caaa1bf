import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { involvementPlans, involvements, workItems } from "../../db/schema";
import type { WorkItemBudget } from "../../shared/schemas/work-items";

/** Involvements whose fee and expenses are promised: confirmed or took part, payment not declined. */
export const commitsMoney = and(
  inArray(involvements.status, ["confirmed", "took_part"]),
  ne(involvements.paymentStatus, "declined"),
);

const amount = sql`coalesce(${involvements.feePence}, 0) + coalesce(${involvements.expensesPence}, 0)`;
const committed = sql`coalesce(sum(${amount}), 0)`;

/**
 * One work item's budget against its commitments, all in one query; null when there is no such
 * item. The budget is the involvement decision's (0, not set, while undecided).
 */
export async function budgetOf(db: Db, workItemId: string): Promise<WorkItemBudget | null> {
  const [row] = await db
    .select({
      budget: involvementPlans.budgetPence,
      committed: sql<string>`${committed}`,
      paid: sql<string>`coalesce(sum(${amount}) filter (where ${involvements.paymentStatus} = 'paid'), 0)`,
    })
    .from(workItems)
    .leftJoin(involvementPlans, eq(involvementPlans.workItemId, workItems.id))
    .leftJoin(involvements, and(eq(involvements.workItemId, workItems.id), commitsMoney))
    .where(eq(workItems.id, workItemId))
    .groupBy(workItems.id, involvementPlans.budgetPence);
  if (!row) return null;
  // sum() of integers is bigint: the drivers answer it as text.
  const budgetPence = row.budget ?? 0;
  const committedPence = Number(row.committed);
  return {
    budgetPence,
    committedPence,
    paidPence: Number(row.paid),
    remainingPence: budgetPence - committedPence,
    budgetSet: row.budget !== null,
  };
}
