import { describe, expect, it } from "vitest";
import { reportingYear, reportingYearOf } from "./reporting-year";

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
