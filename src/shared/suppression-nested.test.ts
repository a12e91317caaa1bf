import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressNested } from "./suppression";

describe("suppression of nested counts (a funnel)", () => {
  it("hides small counts, and a stage that differs from another by a small number", () => {
    expect(suppressNested([40, 38, 20, 3]).map((c) => c.count)).toEqual([40, null, 20, null]);
    expect(suppressNested([12, 12, 0, 0]).map((c) => c.count)).toEqual([12, 12, 0, 0]);
  });

  it("never shows two counts whose difference is a small number, nor a small count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 10 }),
        (counts, t) => {
          const shown = suppressNested(counts, t).flatMap((c) => (c.count === null ? [] : [c.count]));
          for (const a of shown) {
            expect(a === 0 || a >= t).toBe(true);
            for (const b of shown) expect(a === b || Math.abs(a - b) >= t).toBe(true);
          }
        },
      ),
    );
  });
});
