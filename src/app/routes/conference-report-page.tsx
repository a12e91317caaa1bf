import { usePageTitle } from "../../components/ui/page-title";

/** Placeholder: the printable conference report (being built). */
export function ConferenceReportPage() {
  usePageTitle("Conference report");
  return <h1>Conference report</h1>;
}
