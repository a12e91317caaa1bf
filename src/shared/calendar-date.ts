/**
 * The organisation's calendar. A UK health and care body's "today" (what is overdue,
 * which reporting year it is, the default date on a form) turns at midnight UK time, not
 * UTC: between midnight and 1 a.m. in summer the two disagree.
 */
const organisationTimeZone = "Europe/London";

const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: organisationTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The date (YYYY-MM-DD) an instant falls on in the organisation's time zone. */
export function calendarDate(instant: Date) {
  // Built from the parts: a locale's own date layout differs between ICU versions.
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(instant).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const ukDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** `2026-11-28` → `28 Nov 2026`: a calendar date in words, as every page and server text shows it. */
export const ukDate = (date: string) => ukDateFormat.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
