import type { Db } from "../database";
import { rateCards } from "../schema";

/**
 * Fictional rates for paying people, in force from 1 April of the earlier seeded reporting year,
 * with one rise (Half day) from 1 April of the current one. Plain inserts, drawing nothing random,
 * so the rest of the seed stays exactly as it was. Demo involvements are left without an activity:
 * tests and journeys that change their fees need no reason.
 */
export async function seedRateCards(db: Db, now: Date): Promise<void> {
  const yearStart = now.getUTCMonth() >= 3 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  const first = `${yearStart}-04-01`;
  const rise = `${yearStart + 1}-04-01`;
  const rates = [
    { activity: "Meeting up to 2 hours", unit: "session", amountPence: 5_000, effectiveFrom: first },
    { activity: "Half day", unit: "session", amountPence: 7_500, effectiveFrom: first },
    { activity: "Half day", unit: "session", amountPence: 8_000, effectiveFrom: rise },
    { activity: "Full day", unit: "day", amountPence: 15_000, effectiveFrom: first },
    { activity: "Reading and commenting (per hour)", unit: "hour", amountPence: 2_500, effectiveFrom: first },
    { activity: "Speaking at a conference", unit: "session", amountPence: 15_000, effectiveFrom: first },
  ] as const;
  await db.insert(rateCards).values(rates.map((rate) => ({ ...rate, version: 1, createdAt: now, updatedAt: now })));
}
