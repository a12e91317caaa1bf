import type { BursaryStatus } from "../../shared/schemas/bursaries";
import type { Db } from "../database";
import { bursaries, eventDetails } from "../schema";
import { demoAdviceOutcomes, demoAdviceOutcomeUnresolved } from "./demo-data";
import type { EventSeeding } from "./demo-event-context";
import type { Person } from "./demo-event-people";
import type { Shortfalls, SpeakerPlan } from "./demo-event-speakers";
import { addDays, day, isoDate } from "./demo-util";

/** A bursary before the new people have ids. */
export type BursaryPlan = Omit<typeof bursaries.$inferInsert, "personId"> & { person: Person };
type BursaryRow = typeof bursaries.$inferInsert;

const holdsPlace = (status: string) => ["offered", "accepted", "attended", "no_show"].includes(status);

/** The steps a bursary went through to reach its status. */
function pathTo(s: EventSeeding, status: BursaryStatus): BursaryStatus[] {
  const r = s.rand();
  switch (status) {
    case "applied":
      return ["applied"];
    case "offered":
      return r < 0.2 ? ["offered"] : ["applied", "offered"];
    case "accepted":
      return r < 0.2 ? ["offered", "accepted"] : ["applied", "offered", "accepted"];
    case "attended":
    case "no_show":
      return ["applied", "offered", "accepted", status];
    case "declined":
      return r < 0.5 ? ["applied", "declined"] : ["applied", "offered", "declined"];
    default:
      return r < 0.33
        ? ["applied", "withdrawn"]
        : r < 0.66
          ? ["applied", "offered", "withdrawn"]
          : ["applied", "offered", "accepted", "withdrawn"];
  }
}

/**
 * Bursaries: funded places for patients, service users and carers (not the event's speakers),
 * none for webinars; each with its dated steps, costs, and claims paid for those who attended.
 */
export function planBursaries(s: EventSeeding, usedOn: SpeakerPlan["usedOn"]): BursaryPlan[] {
  const { rand, pick, between, today } = s;
  const bursaryPlans: BursaryPlan[] = [];
  for (const item of s.events) {
    const timing = s.timingOf(item);
    const online = item.title.toLowerCase().startsWith("webinar");
    const conference = item.kind === "conference";
    const n =
      timing === "cancelled"
        ? between(0, conference ? 2 : 1)
        : online
          ? 0
          : conference
            ? between(3, 6)
            : timing === "upcoming"
              ? between(3, 5)
              : between(1, 3);
    const used = usedOn.get(item.id) ?? new Set<Person>();
    for (let k = 0; k < n; k++) {
      const person = s.cast.choose(true, used, 0.3, false);
      const status: BursaryStatus =
        timing === "cancelled"
          ? "withdrawn"
          : timing === "past"
            ? pick(["attended", "attended", "attended", "attended", "attended", "no_show", "declined", "withdrawn"])
            : pick(["applied", "applied", "offered", "offered", "accepted", "accepted", "declined", "withdrawn"]);
      const path = pathTo(s, status);
      const dates: string[] = [];
      if (timing === "past") {
        let on = addDays(day(item.startDate), -between(40, 69));
        for (const step of path) {
          dates.push(isoDate(step === "attended" || step === "no_show" ? day(item.startDate) : on));
          on = addDays(on, between(3, 10));
        }
      } else {
        // Dated up to today (or the day before the event, for one called off earlier).
        let on = addDays(item.startDate > today ? day(today) : addDays(day(item.startDate), -1), -between(0, 9));
        for (let step = path.length - 1; step >= 0; step--) {
          dates.unshift(isoDate(on));
          on = addDays(on, -between(3, 10));
        }
      }
      const claimed =
        status === "attended" && rand() < 0.7 ? isoDate(addDays(day(item.startDate), between(2, 20))) : null;
      const claimedOn = claimed && claimed <= today ? claimed : null;
      const paid = claimedOn && rand() < 0.75 ? isoDate(addDays(day(claimedOn), between(5, 30))) : null;
      const paidOn = paid && paid <= today ? paid : null;
      const last = [dates[dates.length - 1] as string, claimedOn ?? "", paidOn ?? ""].sort().pop() as string;
      bursaryPlans.push({
        workItemId: item.id,
        person,
        status,
        statusHistory: path.map((step, i) => ({ status: step, on: dates[i] as string })),
        ticketValuePence: conference ? 9_500 + between(0, 9) * 1_000 : 2_500,
        travelPence: rand() < 0.1 ? 0 : 1_200 + between(0, 99) * 100,
        accommodationPence: conference && rand() < 0.3 ? 8_900 + between(0, 3) * 1_000 : 0,
        carePence: rand() < (person.perspectives.includes("carer") ? 0.5 : 0.08) ? 3_000 + between(0, 5) * 1_000 : 0,
        claimedOn,
        paidOn,
        createdAt: s.at(dates[0] as string),
        updatedAt: s.at(last),
      });
    }
  }
  return bursaryPlans;
}

/** The bursaries as rows, once the new people have ids. */
export const bursaryRowsOf = (plans: BursaryPlan[]): BursaryRow[] =>
  plans.map(({ person, ...row }) => ({ ...row, personId: person.id }));

/**
 * Event details: places and budget to match the bursaries, except one event offering more places
 * than it has and another spending more than its budget; and the outcome of advice on speakers.
 */
export async function seedEventDetails(
  db: Db,
  s: EventSeeding,
  bursaryRows: BursaryRow[],
  adviceSought: SpeakerPlan["adviceSought"],
  missing: Shortfalls,
): Promise<void> {
  const { pick, between } = s;
  const cost = (b: BursaryRow) =>
    (b.ticketValuePence ?? 0) + (b.travelPence ?? 0) + (b.accommodationPence ?? 0) + (b.carePence ?? 0);
  const usage = s.events.map((item) => {
    const own = bursaryRows.filter((b) => b.workItemId === item.id && holdsPlace(b.status));
    return { item, used: own.length, spend: own.reduce((sum, b) => sum + cost(b), 0) };
  });
  type Usage = (typeof usage)[number];
  const live = usage.filter((u) => s.timingOf(u.item) !== "cancelled");
  const largest = (list: Usage[], by: (u: Usage) => number) =>
    list.reduce<Usage | undefined>((best, u) => (!best || by(u) > by(best) ? u : best), undefined);
  const overPlaces = largest(live, (u) => u.used);
  const overBudget = largest(
    live.filter((u) => u !== overPlaces),
    (u) => u.spend,
  );
  const round = (pence: number) => Math.ceil(pence / 5_000) * 5_000;
  const detailRows = usage.map((u) => {
    const { item, used, spend } = u;
    const online = item.title.toLowerCase().startsWith("webinar");
    let places = online && used === 0 ? 0 : Math.min(12, Math.max(used + between(0, 3), between(2, 7)));
    let budget = places === 0 ? 0 : Math.min(300_000, Math.max(round(spend) + between(0, 5) * 5_000, places * 20_000));
    if (u === overPlaces && used > 0) places = used - 1;
    if (u === overBudget && spend > 0) budget = Math.floor((spend * 0.75) / 5_000) * 5_000;
    const sought = adviceSought.get(item.id) ?? null;
    return {
      workItemId: item.id,
      bursaryPlaces: places,
      bursaryBudgetPence: budget,
      adviceSought: sought,
      adviceOutcome: sought ? (missing.has(item.id) ? demoAdviceOutcomeUnresolved : pick(demoAdviceOutcomes)) : "",
      updatedAt: s.upTo(addDays(item.createdAt, 14)),
    };
  });
  if (detailRows.length) await db.insert(eventDetails).values(detailRows);
}

export async function seedBursaries(db: Db, bursaryRows: BursaryRow[]): Promise<void> {
  if (bursaryRows.length) await db.insert(bursaries).values(bursaryRows);
}
