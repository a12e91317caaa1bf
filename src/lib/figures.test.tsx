import { describe, expect, it } from "vitest";
import { changeText, displayValue, formatFigure, formatShare, formatTarget } from "./figures";

const before = "April 2025 to March 2026";

describe("dashboard formatting", () => {
  it("writes shares as percentages with one decimal, counts and money in their units", () => {
    expect(formatShare(0.428571)).toBe("42.9%");
    expect(formatShare(1)).toBe("100.0%");
    expect(formatFigure("share", 0)).toBe("0.0%");
    expect(formatFigure("count", 1234)).toBe("1,234");
    expect(formatFigure("pence", 150050)).toBe("£1,500.50");
  });

  it("writes targets without a needless decimal", () => {
    expect(formatTarget("share", 1)).toBe("Target: 100%");
    expect(formatTarget("share", 0.925)).toBe("Target: 92.5%");
    expect(formatTarget("count", 12)).toBe("Target: 12");
    expect(formatTarget("pence", 500000)).toBe("Target: £5,000.00");
  });

  it("shows a missing figure as a dash, with its detail", () => {
    expect(displayValue({ unit: "share", value: null, detail: "0 of 0" })).toEqual({ value: "—", detail: "0 of 0" });
    expect(displayValue({ unit: "share", value: 0.5, detail: "1 of 2" })).toEqual({ value: "50.0%", detail: "1 of 2" });
  });

  it("describes a change in a share in percentage points, as shown", () => {
    expect(changeText({ unit: "share", value: 0.5, previous: 0.458 }, before)).toBe(
      "Up 4.2 points on April 2025 to March 2026",
    );
    expect(changeText({ unit: "share", value: 0.4, previous: 0.5 }, before)).toBe(
      "Down 10.0 points on April 2025 to March 2026",
    );
    expect(changeText({ unit: "share", value: 0.51, previous: 0.5 }, before)).toBe(
      "Up 1.0 point on April 2025 to March 2026",
    );
    // 42.86% and 42.91% both show as 42.9%: no change worth a word.
    expect(changeText({ unit: "share", value: 0.4286, previous: 0.4291 }, before)).toBe(
      "No change on April 2025 to March 2026",
    );
  });

  it("describes a change in a count or money in its unit", () => {
    expect(changeText({ unit: "count", value: 7, previous: 4 }, before)).toBe("Up 3 on April 2025 to March 2026");
    expect(changeText({ unit: "count", value: 4, previous: 7 }, before)).toBe("Down 3 on April 2025 to March 2026");
    expect(changeText({ unit: "count", value: 4, previous: 4 }, before)).toBe("No change on April 2025 to March 2026");
    expect(changeText({ unit: "pence", value: 10000, previous: 2550 }, before)).toBe(
      "Up £74.50 on April 2025 to March 2026",
    );
  });

  it("says when there is nothing to compare with", () => {
    expect(changeText({ unit: "share", value: 0.5, previous: null }, before)).toBe("No figure for the previous period");
    expect(changeText({ unit: "count", value: null, previous: 8 }, before)).toBe(
      "No figure for this period to compare",
    );
  });
});
