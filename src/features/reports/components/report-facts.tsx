import { formatDate } from "../../../lib/format";
import { reportingQuarter, reportingYear, reportingYearOf } from "../../../shared/reporting-year";
import { type WorkItem, workItemKindLabels } from "../../../shared/schemas/work-items";

/** Which quarter of its reporting year a date falls in: April–June is 1 … January–March is 4. */
function quarterOf(date: string): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  return month >= 4 ? ((Math.floor((month - 4) / 3) + 1) as 1 | 2 | 3) : 4;
}

/** When the work happens and its place in the reporting year (April to March). */
export function ReportFacts({ item }: { item: Pick<WorkItem, "kind" | "startDate" | "endDate"> }) {
  const year = reportingYearOf(item.startDate);
  const quarter = reportingQuarter(year, quarterOf(item.startDate));
  return (
    <dl className="summary-list report-facts">
      <dt>Kind of work</dt>
      <dd>{workItemKindLabels[item.kind]}</dd>
      <dt>{item.endDate && item.endDate !== item.startDate ? "Dates" : "Date"}</dt>
      <dd>
        {formatDate(item.startDate)}
        {item.endDate && item.endDate !== item.startDate ? ` to ${formatDate(item.endDate)}` : ""}
      </dd>
      <dt>Reporting year</dt>
      <dd>
        {reportingYear(year).label}, {quarter.label}
      </dd>
    </dl>
  );
}
