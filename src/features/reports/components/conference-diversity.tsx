import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { equalityQuestionKeys, equalityQuestions } from "../../../shared/schemas/equality";
import { reportDiversityQuery } from "../api/reports";

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);

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
        <>
          <p>
            {figures.data.speakers} speaker {figures.data.speakers === 1 ? "place" : "places"}, confirmed or having
            taken part. Answers are self-described and given only with consent. <strong>Not shown</strong> means fewer
            than {figures.data.threshold}, or hidden so that a count of fewer than {figures.data.threshold} cannot be
            worked out from the total.
          </p>
          {equalityQuestionKeys.map((question) => (
            <div className="table-scroll" key={question}>
              <table className="data-table report-table">
                <caption>{equalityQuestions[question].label}</caption>
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
