import type { UseQueryResult } from "@tanstack/react-query";
import {
  type EqualityQuestion,
  equalityQuestionKeys,
  equalityQuestions,
  type SpeakerDiversity,
} from "../../shared/schemas/equality";
import { ErrorState, LoadingState } from "../ui/states";

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);

type Props = {
  figures: SpeakerDiversity;
  /** Wrap each caption in this heading level (on the page), or leave captions plain (in a report). */
  captionHeading?: "h3" | "h4";
  tableClassName?: string;
};

/**
 * Speaker diversity as tables: counts, shares and Census 2021 for each question, with the
 * note on what "Not shown" means. The API has already hidden the small numbers.
 */
export function DiversityTables({ figures, captionHeading, tableClassName = "data-table" }: Props) {
  const Caption = captionHeading;
  return (
    <>
      <p>
        {figures.speakers} speaker {figures.speakers === 1 ? "place" : "places"}
        {figures.events > 1 ? ` across ${figures.events} events` : ""}, confirmed or having taken part. Answers are
        self-described and given only with consent. <strong>Not shown</strong> means fewer than {figures.threshold}, or
        hidden so that a count of fewer than {figures.threshold} cannot be worked out from the total.
      </p>
      {equalityQuestionKeys.map((question: EqualityQuestion) => (
        <div className="table-scroll" key={question}>
          <table className={tableClassName}>
            <caption>
              {Caption ? (
                <Caption className="caption-heading">{equalityQuestions[question].label}</Caption>
              ) : (
                equalityQuestions[question].label
              )}
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
              {figures[question].map((row) => (
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
  );
}

/** Speaker diversity as it loads: counting, an error with a retry, "nothing to count", then the tables. */
export function DiversityFigures({
  figures,
  ...tables
}: { figures: UseQueryResult<SpeakerDiversity> } & Omit<Props, "figures">) {
  if (figures.isPending) return <LoadingState label="Counting speakers…" />;
  if (figures.isError) {
    return <ErrorState title="The diversity figures could not be loaded." onRetry={() => void figures.refetch()} />;
  }
  if (figures.data.speakers === 0) return <p>No confirmed speakers yet, so there is nothing to count.</p>;
  return <DiversityTables figures={figures.data} {...tables} />;
}
