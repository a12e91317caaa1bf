import { formatDate } from "../../lib/format";
import { calendarDate } from "../../shared/calendar-date";

/** The UK day an instant fell on, written as a date: `2026-11-17T23:30:00Z` → `17 Nov 2026`. */
export const formatDay = (instant: string | null | undefined): string =>
  instant ? formatDate(calendarDate(new Date(instant))) : "—";

/**
 * A year after a day (YYYY-MM-DD): `2026-11-30` → `2027-11-30`. The 29th of February becomes the
 * 28th in a year without it, never the 1st of March.
 */
export function aYearAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const next = year + 1;
  const lastOfMonth = new Date(Date.UTC(next, month, 0)).getUTCDate();
  return `${next}-${String(month).padStart(2, "0")}-${String(Math.min(date, lastOfMonth)).padStart(2, "0")}`;
}

/** Today in the organisation's calendar (UK time). */
export const today = () => calendarDate(new Date());
