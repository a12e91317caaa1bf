import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contributionOf,
  disclosureNote,
  type PublicationRule,
  type PublishedCell,
  publishBreakdown,
  publishCount,
  roundToBase,
  smallCountGroups,
} from "./suppression";

const rule: PublicationRule = { threshold: 5, base: 5 };
const isSmall = (count: number, threshold: number) => count >= 1 && count < threshold;

describe("the publication rule for one count", () => {
  it("shows 0 as 0, hides 1 to 4, rounds the rest to the nearest 5", () => {
    expect(publishCount(0, rule)).toEqual({ count: 0, suppressed: false });
    for (const small of [1, 2, 3, 4]) expect(publishCount(small, rule)).toEqual({ count: null, suppressed: true });
    const shown = [5, 6, 7, 8, 12, 13, 99].map((n) => publishCount(n, rule).count);
    expect(shown).toEqual([5, 5, 5, 10, 10, 15, 100]);
  });

  it("rounds halves up and never rounds a count of people away to 0", () => {
    expect(roundToBase(6, 4)).toBe(8);
    expect(roundToBase(2, 4)).toBe(4);
    expect(roundToBase(3, 10)).toBe(10);
    expect(roundToBase(0, 10)).toBe(0);
    expect(publishCount(7, { threshold: 3, base: 1 })).toEqual({ count: 7, suppressed: false });
  });

  it("refuses what is not a count", () => {
    expect(() => publishCount(-1, rule)).toThrow(RangeError);
    expect(() => publishCount(Number.NaN, rule)).toThrow(RangeError);
  });

  it("for any count, threshold and base: 0, hidden, or the nearest multiple of the base at or above the threshold", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000),
        fc.integer({ min: 3, max: 100 }),
        fc.integer({ min: 1, max: 10 }),
        (count, threshold, base) => {
          const cell = publishCount(count, { threshold, base });
          if (count === 0) expect(cell).toEqual({ count: 0, suppressed: false });
          else if (count < threshold) expect(cell).toEqual({ count: null, suppressed: true });
          else {
            expect(cell.suppressed).toBe(false);
            expect((cell.count ?? -1) % base).toBe(0);
            expect(cell.count).toBeGreaterThanOrEqual(threshold);
            expect(Math.abs((cell.count ?? 0) - count)).toBeLessThanOrEqual(base);
          }
        },
      ),
    );
  });

  it("says how the numbers were made safe, in the words a manager reads", () => {
    expect(disclosureNote(rule)).toBe("Counts are rounded to the nearest 5; counts of 1 to 4 are not shown.");
    expect(disclosureNote({ threshold: 10, base: 1 })).toBe(
      "Counts of 1 to 9 are not shown, nor any count from which one could be worked out.",
    );
  });
});

describe("small counts in groups that no total can tell apart", () => {
  it("pairs 1 to threshold − 1, with a group of three when their number is odd", () => {
    expect(smallCountGroups(3)).toEqual([[1, 2]]);
    expect(smallCountGroups(4)).toEqual([[1, 2, 3]]);
    expect(smallCountGroups(5)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(smallCountGroups(6)).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it("adds the lowest of a small count's group to totals, and every other count as it is", () => {
    expect([0, 1, 2, 3, 4, 5, 17].map((n) => contributionOf(n, 5))).toEqual([0, 1, 1, 3, 3, 5, 17]);
  });

  it("covers every small count, each group with at least two members", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 100 }), (threshold) => {
        const groups = smallCountGroups(threshold);
        expect(groups.flat()).toEqual(Array.from({ length: threshold - 1 }, (_, i) => i + 1));
        for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

/**
 * A model of what the API publishes, for one question: events with a team, a day of the reporting
 * year, counts for four categories (three answers and "not answered"), and how many of their
 * speakers gave equality answers at all or not. Only events with at least threshold answered
 * speakers are broken down; the answered and not-answered totals count every event.
 * (Speaker places are left out: every agenda lists its speakers, so they are no secret.)
 */
type ModelEvent = { team: number; day: number; counts: number[]; answered: number; unanswered: number };
const isAnswer = [true, true, true, false];
type Table = { breakdown: PublishedCell[] | null; totals: PublishedCell[] };

/** Every table a client can ask for: each event, each quarter, the year, each team, a team's quarter, custom ranges. */
function scopesOf(events: readonly ModelEvent[], ranges: readonly [number, number][]) {
  const scopes: { name: string; members: number[] }[] = [];
  const where = (name: string, keep: (e: ModelEvent) => boolean) =>
    scopes.push({ name, members: events.flatMap((e, i) => (keep(e) ? [i] : [])) });
  events.forEach((_, i) => {
    where(`event ${i}`, (e) => e === events[i]);
  });
  for (let q = 0; q < 4; q++) {
    where(`quarter ${q + 1}`, (e) => Math.floor(e.day / 91) === q);
    for (const team of [0, 1])
      where(`team ${team}, quarter ${q + 1}`, (e) => e.team === team && Math.floor(e.day / 91) === q);
  }
  where("the year", () => true);
  for (const team of [0, 1]) where(`team ${team}`, (e) => e.team === team);
  for (const [from, to] of ranges)
    where(`days ${from} to ${to}`, (e) => e.day >= Math.min(from, to) && e.day <= Math.max(from, to));
  return scopes;
}

/** What every table publishes, as the API does: no breakdown when it has events but none big enough. */
function publishAll(events: readonly ModelEvent[], scopes: ReturnType<typeof scopesOf>, rule: PublicationRule) {
  return scopes.map(({ members }): Table => {
    const inScope = members.map((i) => events[i] as ModelEvent);
    const broken = inScope.filter((e) => e.answered >= rule.threshold);
    return {
      breakdown:
        inScope.length > 0 && broken.length === 0
          ? null
          : publishBreakdown(
              broken.map((e) => e.counts),
              isAnswer,
              rule,
            ),
      totals: publishBreakdown(
        inScope.map((e) => [e.answered, e.unanswered]),
        [true, false],
        rule,
      ),
    };
  });
}

const shownCounts = (tables: readonly Table[]) =>
  tables.flatMap(({ breakdown, totals }) =>
    [...(breakdown ?? []), ...totals].flatMap((cell) => (cell.count === null ? [] : [cell.count])),
  );

// Mostly small counts (where the risk is), some large; two teams; days across the year.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 }));
const modelEvent = fc
  .record({
    team: fc.integer({ min: 0, max: 1 }),
    day: fc.integer({ min: 0, max: 363 }),
    counts: fc.array(count, { minLength: 4, maxLength: 4 }),
    extra: fc.integer({ min: 0, max: 2 }),
  })
  // Everyone counted under an answer answered something; some answered other questions only.
  .map(({ team, day, counts, extra }): ModelEvent => {
    const speakers = counts.reduce((sum, n) => sum + n, 0);
    const answered = Math.min(speakers, counts.slice(0, 3).reduce((sum, n) => sum + n, 0) + extra);
    return { team, day, counts, answered, unanswered: speakers - answered };
  });
const world = fc.record({
  events: fc.array(modelEvent, { minLength: 1, maxLength: 8 }),
  ranges: fc.array(fc.tuple(fc.integer({ min: 0, max: 363 }), fc.integer({ min: 0, max: 363 })), { maxLength: 3 }),
  rule: fc.record({ threshold: fc.constantFrom(3, 4, 5, 6, 10), base: fc.constantFrom(2, 3, 5, 10) }),
});

/** The other values a small count could have: the rest of its group. */
const partnersOf = (value: number, threshold: number) =>
  (smallCountGroups(threshold).find((group) => group.includes(value)) ?? []).filter((other) => other !== value);

/** The true totals (of contributions) that publish as this cell: an interval, since the rule is monotone. */
function intervalOf(cell: PublishedCell, rule: PublicationRule, max: number): [number, number] {
  const matches = Array.from({ length: max + 1 }, (_, x) => x).filter(
    (x) => publishCount(x, rule).count === cell.count && publishCount(x, rule).suppressed === cell.suppressed,
  );
  return [matches[0] ?? 0, matches.at(-1) ?? max];
}

describe("publishBreakdown with rounding: safe across every table a client can ask for", () => {
  it("shows no count from 1 to threshold − 1, and every shown count is 0 or a multiple of the base", () => {
    fc.assert(
      fc.property(world, ({ events, ranges, rule }) => {
        for (const count of shownCounts(publishAll(events, scopesOf(events, ranges), rule))) {
          expect(isSmall(count, rule.threshold)).toBe(false);
          expect(count % rule.base).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves every small count in an event consistent with at least two values, whatever tables are combined", () => {
    // The proof is a second dataset: the small count (a category, or how many answered or did not) replaced by
    // another member of its group publishes every table identically, so no combination of tables, subtraction or
    // interval reasoning can tell the two apart.
    fc.assert(
      fc.property(world, ({ events, ranges, rule }) => {
        const scopes = scopesOf(events, ranges);
        const published = publishAll(events, scopes, rule);
        const check = (altered: ModelEvent[]) => expect(publishAll(altered, scopes, rule)).toEqual(published);
        events.forEach((event, e) => {
          const replace = (change: Partial<ModelEvent>) => events.map((x, i) => (i === e ? { ...x, ...change } : x));
          if (event.answered >= rule.threshold)
            event.counts.forEach((value, k) => {
              if (!isSmall(value, rule.threshold)) return;
              expect(partnersOf(value, rule.threshold).length).toBeGreaterThanOrEqual(1);
              for (const other of partnersOf(value, rule.threshold))
                check(replace({ counts: event.counts.map((n, j) => (j === k ? other : n)) }));
            });
          for (const key of ["answered", "unanswered"] as const)
            if (isSmall(event[key], rule.threshold))
              for (const other of partnersOf(event[key], rule.threshold)) check(replace({ [key]: other }));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("passes the interval check: each table minus the others' own tables leaves two values or more", () => {
    // An attacker's interval reasoning, table by table: an event's contribution lies within what each table
    // publishes minus what the other events' own tables allow; intersected over every table holding it.
    fc.assert(
      fc.property(world, ({ events, ranges, rule }) => {
        const scopes = scopesOf(events, ranges);
        const published = publishAll(events, scopes, rule);
        const max = events.reduce((sum, e) => sum + e.counts.reduce((s, n) => s + n, 0), 0);
        const own = (e: number, k: number) => {
          const cell = published[e]?.breakdown?.[k];
          return cell ? intervalOf(cell, rule, max) : ([0, max] as [number, number]);
        };
        events.forEach((event, e) => {
          if (event.answered < rule.threshold) return;
          event.counts.forEach((value, k) => {
            if (!isSmall(value, rule.threshold)) return;
            let [low, high] = own(e, k);
            scopes.forEach(({ members }, t) => {
              const cell = published[t]?.breakdown?.[k];
              if (!cell || !members.includes(e)) return;
              const others = members.filter((o) => o !== e && (events[o]?.answered ?? 0) >= rule.threshold);
              const [lo, hi] = intervalOf(cell, rule, max);
              low = Math.max(low, lo - others.reduce((sum, o) => sum + own(o, k)[1], 0));
              high = Math.min(high, hi - others.reduce((sum, o) => sum + own(o, k)[0], 0));
            });
            const consistent = Array.from({ length: rule.threshold - 1 }, (_, i) => i + 1).filter((x) => {
              const added = contributionOf(x, rule.threshold);
              return added >= low && added <= high;
            });
            expect(consistent).toContain(value);
            expect(consistent.length).toBeGreaterThanOrEqual(2);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it("stays close to the truth: at most the rounding, and a small count's lowest-of-group, below it", () => {
    fc.assert(
      fc.property(world, ({ events, rule }) => {
        const broken = events.filter((e) => e.answered >= rule.threshold).map((e) => e.counts);
        publishBreakdown(broken, isAnswer, rule).forEach((cell, k) => {
          const truth = broken.reduce((sum, counts) => sum + (counts[k] ?? 0), 0);
          const lowest = broken.reduce((sum, counts) => sum + contributionOf(counts[k] ?? 0, rule.threshold), 0);
          // A true total of 1 to threshold − 1 is never shown as a number.
          if (isSmall(truth, rule.threshold)) expect(cell).toMatchObject({ count: null, suppressed: true });
          // Rounded, and never below the threshold: the same for the truth and for the lowest-of-group total.
          const asShown = (n: number) =>
            Math.max(roundToBase(n, rule.base), Math.ceil(rule.threshold / rule.base) * rule.base);
          if (cell.count !== null && truth > 0) {
            expect(cell.count).toBeLessThanOrEqual(asShown(truth));
            expect(cell.count).toBeGreaterThanOrEqual(asShown(lowest));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives shares from the rounded counts over the rounded number who answered", () => {
    const cells = publishBreakdown(
      [
        [12, 7, 3, 2],
        [9, 0, 4, 6],
      ],
      isAnswer,
      rule,
    );
    // Answers: 12 + 9 = 21 → 20; 7 → 5; 3 and 4 add 3 + 3 = 6 → 5; answered 21 + 7 + 6 = 34 → 35.
    expect(cells.map((cell) => cell.count)).toEqual([20, 5, 5, 5]);
    expect(cells.map((cell) => cell.share)).toEqual([20 / 35, 5 / 35, 5 / 35, null]);
  });

  it("protects two events with 4 each, which rounding the true total would give away", () => {
    // Rounding the true total: 4 + 4 = 8 → 10, so both hidden counts are at least 10 − 2 − 4 = 4: exactly 4.
    const naive = roundToBase(4 + 4, 5);
    expect(Math.max(1, naive - 2 - 4)).toBe(4);
    // Here the total is made of 3 + 3 = 6 → 5, the same as for 3 + 3, 3 + 4, 4 + 3: nothing is pinned.
    const totals = [
      [4, 4],
      [3, 4],
      [3, 3],
    ].map(([a, b]) => publishBreakdown([[a ?? 0], [b ?? 0]], [true], rule)[0]?.count);
    expect(totals).toEqual([5, 5, 5]);
  });
});

describe("publishBreakdown without rounding (ROUNDING_BASE=1): the secondary-suppression rule", () => {
  const exact: PublicationRule = { threshold: 5, base: 1 };

  it("hides a category hidden in any one event in the total too, and the cell that would give it away", () => {
    const cells = publishBreakdown(
      [
        [3, 7, 6, 0],
        [8, 9, 7, 0],
      ],
      isAnswer,
      exact,
    );
    expect(cells[0]).toEqual({ count: null, suppressed: true, share: null });
    expect(cells.filter((cell) => cell.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(cells[3]).toEqual({ count: 0, suppressed: false, share: 0 });
  });

  it("shows exact counts with shares over everyone when nothing is small", () => {
    const cells = publishBreakdown([[5, 10, 0, 5]], isAnswer, exact);
    expect(cells.map((cell) => cell.count)).toEqual([5, 10, 0, 5]);
    expect(cells.map((cell) => cell.share)).toEqual([0.25, 0.5, 0, 0.25]);
  });

  it("never shows a count from 1 to threshold − 1 in any table", () => {
    fc.assert(
      fc.property(world, ({ events, ranges }) => {
        for (const count of shownCounts(publishAll(events, scopesOf(events, ranges), exact)))
          expect(isSmall(count, exact.threshold)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
