import { ukDate } from "../shared/calendar-date";
/** `2026-11-28` → `28 Nov 2026` (UK format, never shifted by the viewer's time zone). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : ukDate(value);
}

/** An instant as UK clock time, in one of two layouts. */
function ukInstant(withWeekday: boolean) {
  const format = new Intl.DateTimeFormat("en-GB", {
    ...(withWeekday ? { weekday: "short" as const } : {}),
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });
  return (value: string): string => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : format.format(date);
  };
}

/** An instant as UK clock time: `2026-06-01T09:30:00Z` → `Mon, 1 Jun 2026, 10:30`. */
export const formatDateTime = ukInstant(true);

/** An instant as UK date and clock time, without the weekday: `2026-11-30T14:05:00Z` → `30 Nov 2026, 14:05`. */
export const formatInstant = ukInstant(false);

/** A date and a clock time typed in the UK (`2026-06-01`, `10:30`) as an ISO instant with zone. */
export function ukDateTimeToIso(date: string, time: string): string {
  // Try the UTC reading, then correct by the UK offset at that moment (0 or +1 hour).
  const naive = new Date(`${date}T${time}:00Z`);
  const shown = new Date(naive.toLocaleString("en-US", { timeZone: "Europe/London" }));
  const utcShown = new Date(naive.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(naive.getTime() - (shown.getTime() - utcShown.getTime())).toISOString();
}
