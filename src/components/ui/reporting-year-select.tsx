import { useId } from "react";
import { reportingYear } from "../../shared/reporting-year";

/** Next year, this year and the four before it; a year from a shared link is kept in the list. */
export function reportingYearChoices(thisYear: number, year: number) {
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];
  return years.includes(year) ? years : [...years, year].sort((a, b) => b - a);
}

type Props = {
  /** The reporting year shown. */
  year: number;
  /** The reporting year today falls in. */
  thisYear: number;
  onChange: (year: number) => void;
  className?: string;
};

/** The "Reporting year" choice (April to March), as the dashboard and the annual report offer it. */
export function ReportingYearSelect({ year, thisYear, onChange, className = "field" }: Props) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>Reporting year</label>
      <select id={id} value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {reportingYearChoices(thisYear, year).map((value) => (
          <option key={value} value={value}>
            {reportingYear(value).label}
          </option>
        ))}
      </select>
    </div>
  );
}
