import { useQuery } from "@tanstack/react-query";
import { DiversityTables } from "../../../components/figures/diversity-tables";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { reportDiversityQuery } from "../api/reports";

/** The event's speaker diversity as tables, small numbers never shown (the API has already hidden them). */
export function ConferenceDiversity({ workItemId }: { workItemId: string }) {
  const figures = useQuery(reportDiversityQuery(workItemId));
  return (
    <section className="report-section" aria-labelledby="report-diversity">
      <h2 id="report-diversity">Speaker diversity</h2>
      {figures.isPending ? (
        <LoadingState label="Counting speakers…" />
      ) : figures.isError ? (
        <ErrorState title="The diversity figures could not be loaded." onRetry={() => void figures.refetch()} />
      ) : figures.data.speakers === 0 ? (
        <p>No confirmed speakers yet, so there is nothing to count.</p>
      ) : (
        <DiversityTables figures={figures.data} tableClassName="data-table report-table" />
      )}
    </section>
  );
}
