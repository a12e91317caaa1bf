import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { type EqualityQuestion, equalityQuestionKeys, equalityQuestions } from "../../../shared/schemas/equality";
import { diversityQuery } from "../api/agenda";

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);

type Props = { scope: { workItemId?: string; from?: string; to?: string }; headingLevel?: 2 | 3; title: string };

/** Speaker diversity as tables (counts, shares, Census 2021), with small numbers never shown. */
export function DiversitySummary({ scope, title, headingLevel = 2 }: Props) {
  const figures = useQuery(diversityQuery(scope));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
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
        <>
          <p>
            {figures.data.speakers} speaker {figures.data.speakers === 1 ? "place" : "places"}
            {figures.data.events > 1 ? ` across ${figures.data.events} events` : ""}. Answers are self-described and
            given only with consent. <strong>Not shown</strong> means fewer than {figures.data.threshold}, or hidden so
            that a count of fewer than {figures.data.threshold} cannot be worked out from the total.
          </p>
          {equalityQuestionKeys.map((question: EqualityQuestion) => (
            <div className="table-scroll" key={question}>
              <table className="data-table">
                <caption>
                  <Sub className="caption-heading">{equalityQuestions[question].label}</Sub>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Answer</th>
                    <th scope="col">Speakers</th>
                    <th scope="col">Share</th>
                    <th scope="col">Census 2021 (England and Wales)</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.data[question].map((row) => (
                    <tr key={row.category}>
                      <th scope="row">{row.label}</th>
                      <td>{row.suppressed ? "Not shown" : row.count}</td>
                      <td>{row.suppressed ? "Not shown" : percent(row.share)}</td>
                      <td>{percent(row.benchmark)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
