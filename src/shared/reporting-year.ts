/** Reporting years run April to March: "2026" means 1 April 2026 to 31 March 2027. */
export type ReportingYear = { year: number; from: string; to: string; label: string };

export function reportingYear(year: number): ReportingYear {
  return { year, from: `${year}-04-01`, to: `${year + 1}-03-31`, label: `April ${year} to March ${year + 1}` };
}

/** The reporting year a date (YYYY-MM-DD) falls in. */
export function reportingYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}
