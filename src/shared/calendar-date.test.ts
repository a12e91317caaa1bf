import { describe, expect, it } from "vitest";
import { calendarDate } from "./calendar-date";

describe("calendarDate", () => {
  it("turns the day at midnight UK time: in summer an hour before UTC does", () => {
    expect(calendarDate(new Date("2026-06-30T22:59:59Z"))).toBe("2026-06-30");
    expect(calendarDate(new Date("2026-06-30T23:00:00Z"))).toBe("2026-07-01");
  });

  it("agrees with UTC in winter, and starts the reporting year on 1 April UK time", () => {
    expect(calendarDate(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
    expect(calendarDate(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01-01");
    expect(calendarDate(new Date("2027-03-31T23:30:00Z"))).toBe("2027-04-01");
  });
});
