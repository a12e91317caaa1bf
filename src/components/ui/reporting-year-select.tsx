import { reportingYear } from "../../shared/reporting-year";
import { SelectFilter } from "./filters";
import { Options } from "./options";

/** Next year, this year and the four before it; a year from a shared link is kept in the list. */
function reportingYearChoices(thisYear: number, year: number) {
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
export function ReportingYearSelect({ year, thisYear, onChange, className }: Props) {
  return (
    <SelectFilter
      label="Reporting year"
      className={className}
      value={String(year)}
      onChange={(value) => onChange(Number(value))}
    >
      <Options
        values={reportingYearChoices(thisYear, year).map(String)}
        labels={(value) => reportingYear(Number(value)).label}
      />
    </SelectFilter>
  );
}
