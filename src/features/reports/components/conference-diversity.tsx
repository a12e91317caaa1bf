import { useQuery } from "@tanstack/react-query";
import { DiversityFigures } from "../../../components/figures/diversity-tables";
import { reportDiversityQuery } from "../api/reports";

/** The event's speaker diversity as tables, small numbers never shown (the API has already hidden them). */
export function ConferenceDiversity({ workItemId }: { workItemId: string }) {
  const figures = useQuery(reportDiversityQuery(workItemId));
  return (
    <section className="report-section" aria-labelledby="report-diversity">
      <h2 id="report-diversity">Speaker diversity</h2>
      <DiversityFigures figures={figures} tableClassName="data-table report-table" />
    </section>
  );
}
