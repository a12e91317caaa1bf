import { describe, expect, it } from "vitest";
import { periodsOf, reportingQuarter, reportingYear, reportingYearOf } from "./reporting-year";

describe("reporting years (April to March)", () => {
  it("puts January to March in the year that began the April before", () => {
    expect(reportingYearOf("2027-03-31")).toBe(2026);
    expect(reportingYearOf("2027-04-01")).toBe(2027);
    expect(reportingYearOf("2026-12-31")).toBe(2026);
  });
  it("spans 1 April to 31 March", () => {
    expect(reportingYear(2026)).toEqual({
      year: 2026,
      from: "2026-04-01",
      to: "2027-03-31",
      label: "April 2026 to March 2027",
    });
  });
});

describe("dashboard periods", () => {
  it("defaults to the reporting year today is in, compared with the year before", () => {
    expect(periodsOf({}, "2026-11-28")).toMatchObject({
      period: { from: "2026-04-01", to: "2027-03-31" },
      previous: { from: "2025-04-01", to: "2026-03-31" },
    });
  });
  it("compares a quarter with the quarter before, across the year boundary", () => {
    expect(periodsOf({ year: 2026, quarter: 1 }, "2026-11-28")).toMatchObject({
      period: { from: "2026-04-01", to: "2026-06-30" },
      previous: { from: "2026-01-01", to: "2026-03-31" },
    });
    expect(reportingQuarter(2026, 4)).toMatchObject({ from: "2027-01-01", to: "2027-03-31" });
  });
  it("compares a custom range with as many days just before it, labelled in UK dates", () => {
    expect(periodsOf({ from: "2026-05-01", to: "2026-05-10" }, "2026-11-28")).toMatchObject({
      period: { label: "1 May 2026 to 10 May 2026" },
      previous: { from: "2026-04-21", to: "2026-04-30", label: "21 Apr 2026 to 30 Apr 2026" },
    });
  });
  it("fills a missing end on its own side of the other, so a range never runs backwards", () => {
    // A start still to come: to the end of its reporting year, not back to today.
    expect(periodsOf({ from: "2030-01-01" }, "2026-11-28").period).toMatchObject({
      from: "2030-01-01",
      to: "2030-03-31",
    });
    expect(periodsOf({ from: "2026-06-01" }, "2026-11-28").period).toMatchObject({
      from: "2026-06-01",
      to: "2026-11-28",
    });
    // An end long past: from the start of its reporting year, not this one's.
    expect(periodsOf({ to: "2020-06-01" }, "2026-11-28").period).toMatchObject({
      from: "2020-04-01",
      to: "2020-06-01",
    });
    expect(periodsOf({ to: "2026-12-01" }, "2026-11-28").period).toMatchObject({
      from: "2026-04-01",
      to: "2026-12-01",
    });
  });
});
