import { useQuery } from "@tanstack/react-query";
import { DiversityTables } from "../../../components/figures/diversity-tables";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { diversityQuery } from "../api/agenda";

type Props = { scope: { workItemId?: string; from?: string; to?: string }; headingLevel?: 2 | 3; title: string };

/** Speaker diversity as tables (counts, shares, Census 2021), with small numbers never shown. */
export function DiversitySummary({ scope, title, headingLevel = 2 }: Props) {
  const figures = useQuery(diversityQuery(scope));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="work-item-form" aria-label={title}>
      <Heading>{title}</Heading>
      {figures.isPending ? (
        <LoadingState label="Counting speakers…" />
      ) : figures.isError ? (
        <ErrorState title="The diversity figures could not be loaded." onRetry={() => void figures.refetch()} />
      ) : figures.data.speakers === 0 ? (
        <p>No confirmed speakers yet, so there is nothing to count.</p>
      ) : (
        <DiversityTables figures={figures.data} captionHeading={headingLevel === 2 ? "h3" : "h4"} />
      )}
    </section>
  );
}
