import { useQuery } from "@tanstack/react-query";
import { DiversityFigures } from "../../../components/figures/diversity-tables";
import { type DiversityScope, diversityQuery } from "../api/agenda";

type Props = { scope: DiversityScope; headingLevel?: 2 | 3; title: string };

/** Speaker diversity as tables (counts, shares, Census 2021), with small numbers never shown. */
export function DiversitySummary({ scope, title, headingLevel = 2 }: Props) {
  const figures = useQuery(diversityQuery(scope));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="work-item-form" aria-label={title}>
      <Heading>{title}</Heading>
      <DiversityFigures figures={figures} captionHeading={headingLevel === 2 ? "h3" : "h4"} />
    </section>
  );
}
