import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { QueryView } from "../../../components/ui/list-view";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { countInWords, disclosureNote } from "../../../shared/suppression";
import { livedExperienceTagsQuery } from "../api/people";

/**
 * People counted by lived-experience tag, for a role that sees lived experience only in aggregate:
 * no names, small counts not shown, the rest rounded (as the API publishes them).
 */
export function LivedExperienceCounts() {
  const titleId = useId();
  const tags = useQuery(livedExperienceTagsQuery());
  return (
    <section className="plan-section" aria-labelledby={titleId}>
      <h2 id={titleId}>Lived experience across the directory</h2>
      <QueryView
        query={tags}
        loading="Loading the counts…"
        error="The counts could not be loaded."
        empty="No lived experience is recorded yet."
        isEmpty={(figures) => figures.counts.length === 0}
      >
        {(figures) => {
          const rule = { threshold: figures.threshold, base: figures.roundingBase };
          return (
            <>
              <p>Your role sees lived experience only as these counts, not who has it. {disclosureNote(rule)}</p>
              <ScrollRegion label="People by lived experience">
                <table className="data-table">
                  <caption className="visually-hidden">People by lived experience</caption>
                  <thead>
                    <tr>
                      <th scope="col">Lived experience</th>
                      <th scope="col">People</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.counts.map(({ tag, people }) => (
                      <tr key={tag}>
                        <th scope="row">{tag}</th>
                        <td>{countInWords(people, rule)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
