export type SuppressedCell = { count: number | null; suppressed: boolean };
export type SuppressionOptions = {
  /** Counts from 1 to threshold-1 are hidden. Default 5. */
  threshold?: number;
  /** Cells that must be hidden whatever their value (e.g. hidden in a finer table this one adds up). Same length as counts. */
  forced?: readonly boolean[];
};

export const defaultSuppressionThreshold = 5;

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

/**
 * Suppression for nested counts (a funnel: applied ≥ offered ≥ accepted ≥ attended), which
 * do not add up to a total: each count from 1 to threshold − 1 is hidden, and so is the
 * smaller of any two shown counts whose difference is from 1 to threshold − 1, since that
 * difference counts people too.
 */
export function suppressNested(counts: readonly number[], threshold = defaultSuppressionThreshold): SuppressedCell[] {
  const hidden = counts.map((c) => c >= 1 && c < threshold);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < counts.length; i++) {
      for (let j = i + 1; j < counts.length; j++) {
        if (hidden[i] || hidden[j]) continue;
        const a = counts[i] ?? 0;
        const b = counts[j] ?? 0;
        const gap = Math.abs(a - b);
        if (gap >= 1 && gap < threshold) {
          hidden[a <= b ? i : j] = true;
          changed = true;
        }
      }
    }
  }
  return counts.map((count, i) => (hidden[i] ? { count: null, suppressed: true } : { count, suppressed: false }));
}
