/**
 * The organisation's calendar. A UK health and care body's "today" (what is overdue,
 * which reporting year it is, the default date on a form) turns at midnight UK time, not
 * UTC: between midnight and 1 a.m. in summer the two disagree.
 */
export const organisationTimeZone = "Europe/London";

// en-CA writes dates as YYYY-MM-DD.
const format = new Intl.DateTimeFormat("en-CA", {
  timeZone: organisationTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The date (YYYY-MM-DD) an instant falls on in the organisation's time zone. */
export const calendarDate = (instant: Date) => format.format(instant);
