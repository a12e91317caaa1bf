import { sql } from "drizzle-orm";
import type { Db } from "../database";

/** Fees and expenses of involvements that commit money (as GET /api/work-items/:id/budget counts them). */
const committedOf = sql`(select coalesce(sum(coalesce(i.fee_pence, 0) + coalesce(i.expenses_pence, 0)), 0)
  from involvements i
  where i.work_item_id = plan.work_item_id and i.status in ('confirmed', 'took_part') and i.payment_status <> 'declined')`;

/**
 * Budgets and payment dates for the Budget panel, the payments file and "paid within 30 days".
 * Plain SQL over what is already seeded, drawing nothing from the generator, so every row before
 * stays as it was:
 * - every decision to involve (any level but none) without a budget gets one with room to spare
 *   (what is committed plus a fifth, in £50 steps, at least £500); the two with most committed
 *   are then set £100 under it, so the over-budget warning shows;
 * - every paid involvement gets the day it was paid: most 5 to 24 days after taking part, every
 *   fourth 45 days after (late), never after today.
 */
export async function seedBudgetsAndPayments(db: Db, today: string) {
  await db.execute(sql`
    update involvement_plans plan
    set budget_pence = greatest(50000, ceil(${committedOf} * 1.2 / 5000.0)::int * 5000)
    where plan.level <> 'none' and coalesce(plan.budget_pence, 0) = 0`);
  await db.execute(sql`
    update involvement_plans set budget_pence = over.committed - 10000
    from (
      select plan.work_item_id, ${committedOf} as committed
      from involvement_plans plan join work_items w on w.id = plan.work_item_id
      where plan.level <> 'none'
      order by committed desc, w.title
      limit 2
    ) over
    where involvement_plans.work_item_id = over.work_item_id and over.committed >= 20000`);
  await db.execute(sql`
    update involvements set paid_on = least(due.took + due.days, ${today}::date)
    from (
      select ordered.id, ordered.took,
        case when ordered.n % 4 = 0 then 45 else 5 + ordered.n % 20 end as days
      from (
        select i.id, coalesce(i.end_date, i.start_date, w.end_date, w.start_date) as took,
          row_number() over (
            order by coalesce(i.end_date, i.start_date, w.end_date, w.start_date), p.name, w.title, i.id
          )::int as n
        from involvements i
        join work_items w on w.id = i.work_item_id
        join people p on p.id = i.person_id
        where i.payment_status = 'paid' and i.paid_on is null
      ) ordered
    ) due
    where involvements.id = due.id`);
}
