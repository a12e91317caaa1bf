import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { DiversityFigures } from "../../../components/figures/diversity-tables";
import { ShowAllButton } from "../../../components/ui/collapsible-section";
import { equalityQuestionKeys } from "../../../shared/schemas/equality";
import { type DiversityScope, diversityQuery } from "../api/agenda";

type Props = {
  scope: DiversityScope;
  headingLevel?: 2 | 3;
  title: string;
  /**
   * On a long page (a conference's), the tables start hidden behind "Show all 7 tables", with what
   * was counted and how the numbers were made safe still shown; paper always has the tables.
   */
  collapsible?: boolean;
};

/** Speaker diversity as tables (counts, shares, Census 2021), with small numbers never shown. */
export function DiversitySummary({ scope, title, headingLevel = 2, collapsible = false }: Props) {
  const figures = useQuery(diversityQuery(scope));
  const [expanded, setExpanded] = useState(false);
  const tablesId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // As DiversityFigures decides: tables only when some speakers answered at an event big enough to break down.
  const data = figures.data;
  const hasTables = data !== undefined && data.speakers !== 0 && data.smallEvents.events !== data.events;
  const tables = equalityQuestionKeys.length;
  const collapsed = collapsible && hasTables && !expanded;
  return (
    <section className="work-item-form" aria-label={title}>
      <Heading>{title}</Heading>
      {collapsible && hasTables ? (
        <p className="no-print">
          <ShowAllButton
            expanded={expanded}
            onToggle={setExpanded}
            controls={tablesId}
            showLabel={`Show all ${tables} tables`}
            hideLabel={`Hide the ${tables} tables`}
          />
        </p>
      ) : null}
      <div id={tablesId} className={collapsed ? "diversity-figures diversity-figures--collapsed" : "diversity-figures"}>
        <DiversityFigures figures={figures} captionHeading={headingLevel === 2 ? "h3" : "h4"} />
      </div>
    </section>
  );
}
