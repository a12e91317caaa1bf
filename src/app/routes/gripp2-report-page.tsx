import { usePageTitle } from "../../components/ui/page-title";

/** Placeholder: the GRIPP2 short-form draft (being built). */
export function Gripp2ReportPage() {
  usePageTitle("GRIPP2 short form");
  return <h1>GRIPP2 short form</h1>;
}
