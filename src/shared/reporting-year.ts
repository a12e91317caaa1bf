import { ukDate } from "./calendar-date";

/** Reporting years run April to March: "2026" means 1 April 2026 to 31 March 2027. */
type ReportingYear = { year: number; from: string; to: string; label: string };

export function reportingYear(year: number): ReportingYear {
  return { year, from: `${year}-04-01`, to: `${year + 1}-03-31`, label: `April ${year} to March ${year + 1}` };
}

/** The reporting year a date (YYYY-MM-DD) falls in. */
export function reportingYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

const quarterMonths = ["April to June", "July to September", "October to December", "January to March"];

/** A quarter of a reporting year: 1 = April–June … 4 = January–March of the next calendar year. */
export function reportingQuarter(year: number, quarter: 1 | 2 | 3 | 4) {
  const starts = [`${year}-04-01`, `${year}-07-01`, `${year}-10-01`, `${year + 1}-01-01`];
  const ends = [`${year}-06-30`, `${year}-09-30`, `${year}-12-31`, `${year + 1}-03-31`];
  return {
    from: starts[quarter - 1] as string,
    to: ends[quarter - 1] as string,
    label: `Q${quarter} ${year}–${String(year + 1).slice(2)} (${quarterMonths[quarter - 1]})`,
  };
}

const day = 24 * 60 * 60 * 1000;
const shift = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * day).toISOString().slice(0, 10);

/**
 * The period a dashboard shows and the one before it to compare with: a custom range
 * (and the same number of days before it), a quarter, or a reporting year (default: the
 * one today falls in).
 */
export function periodsOf(
  filter: {
    year?: number | undefined;
    quarter?: number | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  today: string,
) {
  if (filter.from || filter.to) {
    // A missing end is filled in on its side of the other: from the start of the reporting year the
    // end falls in; to today, or (a start still to come) to the end of that start's reporting year.
    const from = filter.from ?? reportingYear(reportingYearOf(filter.to ?? today)).from;
    const to = filter.to ?? (from <= today ? today : reportingYear(reportingYearOf(from)).to);
    const days = Math.round((Date.parse(to) - Date.parse(from)) / day) + 1;
    const range = (start: string, end: string) => ({
      from: start,
      to: end,
      label: `${ukDate(start)} to ${ukDate(end)}`,
    });
    return { period: range(from, to), previous: range(shift(from, -days), shift(from, -1)) };
  }
  const year = filter.year ?? reportingYearOf(today);
  if (filter.quarter) {
    const q = filter.quarter as 1 | 2 | 3 | 4;
    const previous = q === 1 ? reportingQuarter(year - 1, 4) : reportingQuarter(year, (q - 1) as 1 | 2 | 3);
    return { period: reportingQuarter(year, q), previous };
  }
  const current = reportingYear(year);
  const before = reportingYear(year - 1);
  return {
    period: { from: current.from, to: current.to, label: current.label },
    previous: { from: before.from, to: before.to, label: before.label },
  };
}
