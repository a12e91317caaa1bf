import { usePageTitle } from "../../components/ui/page-title";

/** Placeholder: the annual involvement report (being built). */
export function AnnualReportPage() {
  usePageTitle("Annual involvement report");
  return <h1>Annual involvement report</h1>;
}
