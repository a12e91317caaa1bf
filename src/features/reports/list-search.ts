import { urlSearch, urlYear } from "../../lib/list-search";

/** The annual report's reporting year in the URL (the year it starts); default: the current one. */
export const annualReportSearch = urlSearch({
  year: urlYear,
});
