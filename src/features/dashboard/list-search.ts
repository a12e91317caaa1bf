import { urlChoice, urlDate, urlId, urlInt, urlSearch, urlYear } from "../../lib/list-search";
import { calendarDate } from "../../shared/calendar-date";
import { workItemKinds } from "../../shared/choices";
import { reportingYearOf } from "../../shared/reporting-year";
import type { DashboardQuery } from "../../shared/schemas/metrics";

/** The dashboard's filters in the URL (bookmark and share a view); bad values fall back. */
export const dashboardSearch = urlSearch({
  year: urlYear,
  quarter: urlInt(1, 4),
  teamId: urlId,
  kind: urlChoice(workItemKinds),
  /** A custom range (YYYY-MM-DD): when given, it replaces the year and quarter. */
  from: urlDate,
  to: urlDate,
});
export type DashboardSearch = ReturnType<typeof dashboardSearch>;

/** The reporting year today falls in (the organisation's today): the dashboard's default. */
export const thisReportingYear = () => reportingYearOf(calendarDate(new Date()));

/**
 * The figures' and charts' API query for the dashboard's URL state. The year is always sent: the
 * figures are for the year the filter shows, whatever the server's clock says. A custom range,
 * when given, replaces the year and quarter (the API compares it with as many days before).
 */
export function dashboardQueryOf(search: DashboardSearch, thisYear: number): DashboardQuery {
  return search.from || search.to
    ? { from: search.from, to: search.to, teamId: search.teamId, kind: search.kind }
    : { year: search.year ?? thisYear, quarter: search.quarter, teamId: search.teamId, kind: search.kind };
}
