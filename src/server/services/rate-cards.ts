import { and, asc, desc, eq, lte, ne, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rateCards } from "../../db/schema";
import type { RateCardListQuery } from "../../shared/schemas/rate-cards";

type RateCardRow = typeof rateCards.$inferSelect;

export function rateCardListWhere(query: RateCardListQuery): SQL | undefined {
  return query.activity ? eq(rateCards.activity, query.activity) : undefined;
}

/** By activity, and within one the newest rate first, so the rate in force heads its group. */
export const rateCardListOrder = [asc(rateCards.activity), desc(rateCards.effectiveFrom), asc(rateCards.id)];

/** The rate in force for an activity on a date: the latest effective on or before it (none before the first). */
export async function rateInForce(db: Db, activity: string, on: string): Promise<RateCardRow | undefined> {
  const [row] = await db
    .select()
    .from(rateCards)
    .where(and(eq(rateCards.activity, activity), lte(rateCards.effectiveFrom, on)))
    .orderBy(desc(rateCards.effectiveFrom))
    .limit(1);
  return row;
}

/** The fee a rate suggests for a quantity of its unit, in whole pence. */
export const feeFrom = (amountPence: number, quantity: number) => Math.round(amountPence * quantity);

/** Whether any rate card names this activity (at any date). */
export async function activityExists(db: Db, activity: string): Promise<boolean> {
  const found = await db.select({ id: rateCards.id }).from(rateCards).where(eq(rateCards.activity, activity)).limit(1);
  return found.length > 0;
}

/** Another rate for the same activity from the same date (the table allows one). */
export async function sameDateRate(
  db: Db,
  activity: string,
  effectiveFrom: string,
  exceptId?: string,
): Promise<boolean> {
  const found = await db
    .select({ id: rateCards.id })
    .from(rateCards)
    .where(
      and(
        eq(rateCards.activity, activity),
        eq(rateCards.effectiveFrom, effectiveFrom),
        exceptId ? ne(rateCards.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return found.length > 0;
}
