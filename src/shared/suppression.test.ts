import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSuppressionThreshold, type SuppressedCell, suppressRow } from "./suppression";

const hiddenPositions = (cells: readonly SuppressedCell[]) => cells.flatMap((cell, i) => (cell.suppressed ? [i] : []));
const published = (cells: readonly SuppressedCell[]) =>
  cells.map((cell) => (cell.suppressed ? "?" : cell.count)).join();
const isSmall = (count: number, threshold: number) => count >= 1 && count < threshold;

/** Hidden cells that the policy's bounds pin to one value: primary in [1, threshold-1], other hidden cells in [0, S]. */
function pinnedByBounds(counts: readonly number[], cells: readonly SuppressedCell[], threshold: number): number[] {
  const hidden = hiddenPositions(cells);
  const rest = hidden.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
  const bounds = hidden.map((i): [number, number] =>
    isSmall(counts[i] ?? 0, threshold) ? [1, threshold - 1] : [0, rest],
  );
  const sumLo = bounds.reduce((sum, [lo]) => sum + lo, 0);
  const sumHi = bounds.reduce((sum, [, hi]) => sum + hi, 0);
  return hidden.filter((_, j) => {
    const [lo, hi] = bounds[j] ?? [0, 0];
    return Math.max(lo, rest - (sumHi - hi)) >= Math.min(hi, rest - (sumLo - lo));
  });
}

/** Every way to share `sum` among `slots` (≥ 1) non-negative counts. */
function* shares(sum: number, slots: number): Generator<number[]> {
  if (slots === 1) {
    yield [sum];
    return;
  }
  for (let first = 0; first <= sum; first++)
    for (const others of shares(sum - first, slots - 1)) yield [first, ...others];
}

/**
 * Hidden positions an attacker who knows suppressRow can pin down: they try every row with the same shown counts
 * and total, keep those that suppressRow would publish the same way, and look for a position with one value left.
 */
function recoverable(counts: readonly number[], threshold: number): number[] {
  const output = suppressRow(counts, { threshold });
  const hidden = hiddenPositions(output);
  if (hidden.length === 0) return [];
  const rest = hidden.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
  const seen = hidden.map(() => new Set<number>());
  for (const share of shares(rest, hidden.length)) {
    const candidate = [...counts];
    hidden.forEach((i, j) => {
      candidate[i] = share[j] ?? 0;
    });
    if (published(suppressRow(candidate, { threshold })) !== published(output)) continue;
    share.forEach((value, j) => {
      seen[j]?.add(value);
    });
  }
  return hidden.filter((_, j) => (seen[j]?.size ?? 0) < 2);
}

const countsOf = (cells: readonly SuppressedCell[]) => cells.map((cell) => cell.count);

describe("suppressRow examples", () => {
  it("hides a 4 and the next smallest cell, so the 4 cannot be got by subtraction", () => {
    expect(countsOf(suppressRow([4, 12, 30, 25]))).toEqual([null, null, 30, 25]);
  });

  it("hides a 3 next to a zero by also hiding the other non-zero cell", () => {
    expect(countsOf(suppressRow([3, 0, 20]))).toEqual([null, 0, null]);
  });

  it("hides all of [1, 1, 10]: two hidden 1s would each have to be 1", () => {
    expect(suppressRow([1, 1, 10]).every((cell) => cell.suppressed)).toBe(true);
  });

  it("hides nothing when every count reaches the threshold", () => {
    expect(suppressRow([5, 12, 7, 200])).toEqual([5, 12, 7, 200].map((count) => ({ count, suppressed: false })));
  });

  it("shows zeros", () => {
    expect(countsOf(suppressRow([0, 8, 0, 15]))).toEqual([0, 8, 0, 15]);
    expect(countsOf(suppressRow([0, 2, 0, 9, 7]))).toEqual([0, null, 0, 9, null]);
  });

  it("takes the threshold option", () => {
    expect(defaultSuppressionThreshold).toBe(5);
    expect(countsOf(suppressRow([7, 12, 30]))).toEqual([7, 12, 30]);
    expect(countsOf(suppressRow([7, 12, 30], { threshold: 10 }))).toEqual([null, null, 30]);
    expect(countsOf(suppressRow([1, 0, 3], { threshold: 1 }))).toEqual([1, 0, 3]);
  });

  it("hides a forced cell and, since it alone could be got by subtraction, the smallest other cell", () => {
    expect(countsOf(suppressRow([20, 30, 40], { forced: [false, true, false] }))).toEqual([null, null, 40]);
  });

  it("protects rows the plain bounds rule leaked to an attacker who knows the algorithm", () => {
    // [5, 5, 4]: hiding 4 and the first 5 would show the second 5, and the hidden 5 (the smallest) could not exceed it.
    expect(suppressRow([5, 5, 4]).every((cell) => cell.suppressed)).toBe(true);
    for (const [row, threshold] of [
      [[5, 5, 4], 5],
      [[0, 0, 2], 5],
      [[4, 4, 1, 1], 3],
      [[5, 5, 3, 1], 3],
    ] as const) {
      expect(recoverable(row, threshold)).toEqual([]);
    }
  });

  it("rejects invalid input with a RangeError", () => {
    expect(() => suppressRow([3, -1])).toThrow(RangeError);
    expect(() => suppressRow([3, 1.5])).toThrow(RangeError);
    expect(() => suppressRow([3, Number.NaN])).toThrow(RangeError);
    expect(() => suppressRow([3, 4], { threshold: 0 })).toThrow(RangeError);
    expect(() => suppressRow([3, 4], { threshold: 2.5 })).toThrow(RangeError);
    expect(() => suppressRow([3, 4], { forced: [true] })).toThrow(RangeError);
  });
});

describe("suppressRow properties", () => {
  it("lets no suppressed value be recovered by an attacker who knows the algorithm", () => {
    const row = fc.record({
      counts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 4 }),
      threshold: fc.constantFrom(3, 5),
    });
    fc.assert(
      fc.property(row, ({ counts, threshold }) => {
        const output = suppressRow(counts, { threshold });
        // The one exception: every cell hidden and still pinned, e.g. [1, 1, 1]: the published total gives it away.
        const unprotectable =
          output.every((cell) => cell.suppressed) && pinnedByBounds(counts, output, threshold).length > 0;
        if (!unprotectable) expect(recoverable(counts, threshold)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("hides small and forced counts, shows the rest unchanged, and leaves no cell pinned by the bounds", () => {
    const row = fc.integer({ min: 1, max: 10 }).chain((length) =>
      fc.record({
        counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
          minLength: length,
          maxLength: length,
        }),
        threshold: fc.integer({ min: 2, max: 10 }),
        forced: fc.option(fc.array(fc.boolean(), { minLength: length, maxLength: length }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(row, ({ counts, threshold, forced }) => {
        const output = suppressRow(counts, { threshold, forced });
        expect(output).toHaveLength(counts.length);
        counts.forEach((count, i) => {
          if (isSmall(count, threshold) || forced?.[i]) expect(output[i]?.suppressed).toBe(true);
          expect(output[i]).toEqual(
            output[i]?.suppressed ? { count: null, suppressed: true } : { count, suppressed: false },
          );
        });
        if (!output.every((cell) => cell.suppressed)) expect(pinnedByBounds(counts, output, threshold)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("hides nothing when no count is small and nothing is forced", () => {
    const row = fc.integer({ min: 1, max: 10 }).chain((threshold) =>
      fc.record({
        threshold: fc.constant(threshold),
        counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: threshold, max: 500 })), { maxLength: 10 }),
      }),
    );
    fc.assert(
      fc.property(row, ({ counts, threshold }) => {
        const forced = counts.map(() => false);
        expect(suppressRow(counts, { threshold, forced }).some((cell) => cell.suppressed)).toBe(false);
        expect(countsOf(suppressRow(counts, { threshold }))).toEqual(counts);
      }),
    );
  });
});
