import { usePageTitle } from "../../components/ui/page-title";
import { ReportingYearSelect } from "../../components/ui/reporting-year-select";
import { useListSearch } from "../../components/ui/use-list-search";
import { AnnualCharts, AnnualHeadlines } from "../../features/reports/components/annual-report";
import { ReportHeader } from "../../features/reports/components/report-header";
import { calendarDate } from "../../shared/calendar-date";
import { reportingYear, reportingYearOf } from "../../shared/reporting-year";

/** The year's involvement in figures, for printing: headline figures and every chart's numbers as tables. */
export function AnnualReportPage() {
  usePageTitle("Annual involvement report");
  const { search, setSearch } = useListSearch("/authed/reports/annual");
  const thisYear = reportingYearOf(calendarDate(new Date()));
  const year = search.year ?? thisYear;

  return (
    <>
      <ReportHeader title="Annual involvement report">
        <p className="report-period">
          Reporting year: <strong>{reportingYear(year).label}</strong>
        </p>
      </ReportHeader>
      <ReportingYearSelect
        className="field report-year no-print"
        year={year}
        thisYear={thisYear}
        onChange={(chosen) => setSearch({ year: chosen === thisYear ? undefined : chosen })}
      />
      <AnnualHeadlines year={year} />
      <AnnualCharts year={year} />
    </>
  );
}
