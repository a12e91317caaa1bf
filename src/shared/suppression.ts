export type SuppressedCell = { count: number | null; suppressed: boolean };
type SuppressionOptions = {
  /** Counts from 1 to threshold-1 are hidden. Default 5. */
  threshold?: number;
  /** Cells that must be hidden whatever their value (e.g. hidden in a finer table this one adds up). Same length as counts. */
  forced?: readonly boolean[];
};

export const defaultSuppressionThreshold = 5;
/** Equality figures are rounded to the nearest multiple of this; 1 means no rounding (then suppressRow protects). */
export const defaultRoundingBase = 5;

/** The publication rule for figures computed from equality-monitoring answers (ADR 006). */
export type PublicationRule = { threshold: number; base: number };

/** A count to the nearest multiple of base (halves up), never a count of people rounded away to 0. */
export function roundToBase(count: number, base: number): number {
  if (count <= 0) return 0;
  return Math.max(base, Math.floor(count / base + 0.5) * base);
}

/**
 * The publication rule for one count (ADR 006): 0 is shown as 0; a count from 1 to threshold − 1
 * is not shown; every other count is rounded to the nearest multiple of the base (and never
 * below the threshold).
 */
export function publishCount(count: number, { threshold, base }: PublicationRule): SuppressedCell {
  if (!(Number.isFinite(count) && count >= 0)) throw new RangeError("count must be a non-negative number");
  if (count === 0) return { count: 0, suppressed: false };
  if (count < threshold) return { count: null, suppressed: true };
  // Where the base does not divide the threshold (10 and 3: 10 → 9), never round below the threshold.
  return { count: Math.max(roundToBase(count, base), Math.ceil(threshold / base) * base), suppressed: false };
}

/**
 * The small counts (1 to threshold − 1) in groups that a published figure cannot tell apart:
 * consecutive pairs, the last group of three when their number is odd. threshold 5: [1, 2], [3, 4].
 */
export function smallCountGroups(threshold: number): number[][] {
  const groups: number[][] = [];
  for (let low = 1; low < threshold; low += 2) groups.push(low + 1 < threshold ? [low, low + 1] : [low]);
  // An odd one out joins the group before it, so every group has two members (threshold 2 has only [1]).
  const last = groups.at(-1);
  if (last?.length === 1 && groups.length > 1) {
    groups.pop();
    groups.at(-1)?.push(...last);
  }
  return groups;
}

/**
 * What one event's count adds to a total across events: the count itself, or for a small count
 * the lowest of its group. Then no total, however the events are grouped or differenced, can tell
 * a small count from the others in its group (1 from 2, 3 from 4): each is consistent with at least
 * two values. The lowest keeps a total of small counts small: a true 1 to 4 is never shown as 5.
 */
export function contributionOf(count: number, threshold: number): number {
  if (count === 0 || count >= threshold) return count;
  return smallCountGroups(threshold).find((group) => group.includes(count))?.[0] ?? count;
}

export type PublishedCell = SuppressedCell & {
  /** The count's share of those who answered (a fraction 0–1), or null when either is not shown. */
  share: number | null;
};

/**
 * One question's breakdown across events, as published. events: each broken-down event's counts for
 * the question's categories; isAnswer[i]: category i is an answer (everything but "not answered").
 *
 * Rounding (base > 1): each category's total of the events' contributions under publishCount, and
 * its share of the rounded total of answers, made from the same contributions. So every published
 * number is the same whichever member of its group a small count is: none can be worked out.
 * No rounding (base 1): exact counts protected by suppressRow, a category hidden in any one event
 * hidden in the total too (so no total can be differenced against another); shares over everyone.
 */
export function publishBreakdown(
  events: readonly (readonly number[])[],
  isAnswer: readonly boolean[],
  rule: PublicationRule,
): PublishedCell[] {
  const width = isAnswer.length;
  const column = (of: (count: number) => number) =>
    Array.from({ length: width }, (_, index) => events.reduce((sum, counts) => sum + of(counts[index] ?? 0), 0));
  if (rule.base > 1) {
    const totals = column((count) => contributionOf(count, rule.threshold));
    const answers = publishCount(
      totals.reduce((sum, total, index) => sum + (isAnswer[index] ? total : 0), 0),
      rule,
    ).count;
    return totals.map((total, index) => {
      const cell = publishCount(total, rule);
      const share = isAnswer[index] && cell.count !== null && answers ? cell.count / answers : null;
      return { ...cell, share };
    });
  }
  const totals = column((count) => count);
  const forced = totals.map(() => false);
  for (const own of events)
    suppressRow(own, { threshold: rule.threshold }).forEach((cell, index) => {
      if (cell.suppressed) forced[index] = true;
    });
  const everyone = totals.reduce((sum, total) => sum + total, 0);
  return suppressRow(totals, { threshold: rule.threshold, forced }).map((cell) => ({
    ...cell,
    share: cell.count === null || everyone < rule.threshold ? null : cell.count / everyone,
  }));
}

/** Why a cell is hidden; forced covers forced cells that are not also primary. */
type Kind = "primary" | "secondary" | "forced";
type HiddenCell = { index: number; kind: Kind };
type Range = [min: number, max: number];

/** counts: one row of a table (the categories of one question); the row total is published alongside. */
export function suppressRow(counts: readonly number[], options: SuppressionOptions = {}): SuppressedCell[] {
  const { threshold = defaultSuppressionThreshold, forced } = options;
  if (!counts.every((c) => Number.isInteger(c) && c >= 0)) throw new RangeError("counts must be non-negative integers");
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError("threshold must be an integer of at least 1");
  if (forced && forced.length !== counts.length) throw new RangeError("forced must be as long as counts");

  const kinds = counts.map((c, i): Kind | undefined =>
    c >= 1 && c < threshold ? "primary" : forced?.[i] ? "forced" : undefined,
  );
  // Secondary suppression: hide the next smallest cell until no hidden cell can be worked out, or none is left
  // (then the total may still give the row away, e.g. [1, 1, 1]: nothing more can be done).
  let last: number | undefined;
  while (kinds.includes(undefined) && isPinned(counts, kinds, last, threshold)) {
    last = nextToHide(counts, kinds);
    kinds[last] = "secondary";
  }
  return counts.map((count, i) => (kinds[i] ? { count: null, suppressed: true } : { count, suppressed: false }));
}

/** The smallest shown non-zero cell (lowest index on ties); a zero cell only once no non-zero cell is shown. */
function nextToHide(counts: readonly number[], kinds: readonly (Kind | undefined)[]): number {
  let best = -1;
  counts.forEach((c, i) => {
    if (kinds[i]) return;
    const current = counts[best] ?? -1;
    if (best === -1 || (c > 0 && (current === 0 || c < current))) best = i;
  });
  return best;
}

/**
 * Could an attacker who knows the total, the shown counts and this algorithm pin a hidden cell to one value?
 *
 * The policy's bounds alone (primary in [1, threshold-1], other hidden cells in [0, S]) let an attacker who knows
 * the algorithm recover cells: property tests that try every candidate row found [5, 5, 4] and [0, 0, 2] (threshold 5)
 * and [4, 4, 1, 1] (threshold 3). So the bounds are tighter (see cellBound), and the attacker is also credited with
 * knowing that the row was still pinned just before the last secondary cell was hidden, or we would have stopped
 * there. (Earlier steps are not modelled; exhaustive tests on small rows found no leak through them.)
 */
function isPinned(
  counts: readonly number[],
  kinds: readonly (Kind | undefined)[],
  last: number | undefined,
  threshold: number,
) {
  const cells = kinds.flatMap((kind, index) => (kind ? [{ index, kind }] : []));
  const rest = cells.reduce((sum, { index }) => sum + (counts[index] ?? 0), 0); // total minus the shown counts
  const smallestShown = Math.min(...counts.filter((c, i) => !kinds[i] && c > 0)); // Infinity when none
  const ranges = feasibleRanges(cells, rest, smallestShown, threshold);
  if (!ranges || ranges.some(([min, max]) => min === max)) return true;
  const lastRange = ranges[cells.findIndex(({ index }) => index === last)];
  if (last === undefined || !lastRange) return false;

  // Try each value v the last secondary cell could hold. Keep v if the state before it was hidden (that cell shown
  // as v) is pinned; every hidden cell must have two possible values among the kept candidates.
  const earlier = cells.filter(({ index }) => index !== last);
  const values = new Map(cells.map(({ index }) => [index, new Set<number>()]));
  let unsure = cells.length; // cells with fewer than two possible values so far
  const add = (index: number, value: number) => {
    const seen = values.get(index);
    if (!seen || seen.size === 2 || seen.has(value)) return;
    seen.add(value);
    if (seen.size === 2) unsure--;
  };
  const [low, high] = lastRange;
  for (let step = 0; step <= high - low && unsure > 0; step++) {
    // Alternate from both ends, where pinned earlier states mostly lie, so the loop usually ends early.
    const v = step % 2 === 0 ? low + step / 2 : high - (step - 1) / 2;
    if (smallestShown === Infinity && v > 0 && v < threshold) continue; // the last cell is 0 or ≥ threshold
    const earlierRanges = feasibleRanges(
      earlier,
      rest - v,
      v > 0 ? Math.min(smallestShown, v) : smallestShown,
      threshold,
    );
    if (!earlierRanges?.some(([min, max]) => min === max)) continue;
    add(last, v);
    earlier.forEach(({ index }, j) => {
      const [min, max] = earlierRanges[j] ?? [0, -1];
      for (let x = min; x <= max && x <= min + 1; x++) add(index, x);
    });
  }
  return unsure > 0;
}

/** What an attacker knows of a hidden cell before using the total; zeroOrBig: the value is 0 or ≥ threshold. */
function cellBound(kind: Kind, rest: number, smallestShown: number, threshold: number) {
  if (kind === "primary") return { lo: 1, hi: threshold - 1, zeroOrBig: false };
  // A secondary cell was the smallest non-zero shown count when picked: so it is at most every count still shown,
  // and (not being primary) at least the threshold.
  if (kind === "secondary" && smallestShown < Infinity) {
    return { lo: threshold, hi: Math.min(smallestShown, rest), zeroOrBig: false };
  }
  // A forced cell, or a secondary cell picked once only zeros were shown: not primary, so 0 or ≥ threshold.
  return { lo: 0, hi: rest, zeroOrBig: true };
}

/** Each cell's feasible [min, max] when the cells add up to rest, or null when they cannot. */
function feasibleRanges(cells: readonly HiddenCell[], rest: number, smallestShown: number, threshold: number) {
  const bounds = cells.map(({ kind }) => cellBound(kind, rest, smallestShown, threshold));
  let sumLo = 0;
  let sumHi = 0;
  for (const { lo, hi } of bounds) {
    sumLo += lo;
    sumHi += hi;
  }
  const ranges: Range[] = [];
  for (const { lo, hi, zeroOrBig } of bounds) {
    // The other cells can take between (sumLo - lo) and (sumHi - hi) of the rest.
    let min = Math.max(lo, rest - (sumHi - hi));
    let max = Math.min(hi, rest - (sumLo - lo));
    if (zeroOrBig && max < threshold) max = Math.min(max, 0);
    if (zeroOrBig && min > 0) min = Math.max(min, threshold);
    if (min > max) return null;
    ranges.push([min, max]);
  }
  return ranges;
}

/** A published count in words: "about 100" (rounded), "fewer than 5" (hidden), or the number itself. */
export function countInWords(count: number | null, { threshold, base }: PublicationRule): string {
  if (count === null) return `fewer than ${threshold}`;
  return base > 1 && count > 0 ? `about ${count}` : String(count);
}

/** The line under every equality figure, saying how its numbers were made safe to publish. */
export function disclosureNote({ threshold, base }: PublicationRule): string {
  const small = `counts of 1 to ${threshold - 1} are not shown`;
  if (base > 1) return `Counts are rounded to the nearest ${base}; ${small}.`;
  return `${small[0]?.toUpperCase()}${small.slice(1)}, nor any count from which one could be worked out.`;
}
