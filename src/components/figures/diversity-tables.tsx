import type { UseQueryResult } from "@tanstack/react-query";
import {
  type EqualityQuestion,
  equalityQuestionKeys,
  equalityQuestions,
  type SpeakerDiversity,
} from "../../shared/schemas/equality";
import { countInWords, disclosureNote } from "../../shared/suppression";
import { ScrollRegion } from "../ui/scroll-region";
import { ErrorState, LoadingState } from "../ui/states";

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);
/** A share from rounded counts is approximate: whole percentages, said to be "about". */
const aboutPercent = (share: number | null) => (share === null ? "—" : `about ${Math.round(share * 100)}%`);

type Props = {
  figures: SpeakerDiversity;
  /** Wrap each caption in this heading level (on the page), or leave captions plain (in a report). */
  captionHeading?: "h3" | "h4";
  tableClassName?: string;
};

/** A count of speaker places in words, under the publication rule: "about 100", "fewer than 5", "no". */
const places = (count: number | null, figures: SpeakerDiversity) =>
  count === 0 ? "no" : countInWords(count, { threshold: figures.threshold, base: figures.roundingBase });

const capital = (text: string) => `${text[0]?.toUpperCase()}${text.slice(1)}`;

/** What was counted, what was left out, and how the numbers were made safe to publish. */
function Summary({ figures }: { figures: SpeakerDiversity }) {
  const { smallEvents } = figures;
  return (
    <p>
      {capital(places(figures.speakers, figures))} speaker places
      {figures.events > 1 ? ` across ${figures.events} events` : ""}, confirmed or having taken part;{" "}
      {figures.answered === 0 ? "none" : places(figures.answered, figures)} of them answered the equality questions.
      Answers are self-described and given only with consent.
      {smallEvents.events > 0 && smallEvents.events < figures.events
        ? ` Speakers at events too small to break down (fewer than ${figures.threshold} answered): ${places(
            smallEvents.speakers,
            figures,
          )}, at ${smallEvents.events} ${smallEvents.events === 1 ? "event" : "events"}; they are left out of the tables below.`
        : ""}
    </p>
  );
}

/**
 * Speaker diversity as tables: counts, shares and Census 2021 for each question, with the
 * note on how the numbers were made safe to publish. The API has already rounded them and
 * hidden the small ones; an event with too few answers has no breakdown at all.
 */
export function DiversityTables({ figures, captionHeading, tableClassName = "data-table" }: Props) {
  const Caption = captionHeading;
  const rule = { threshold: figures.threshold, base: figures.roundingBase };
  const hidden = figures.rounded ? `fewer than ${figures.threshold}` : "Not shown";
  const share = figures.rounded ? aboutPercent : percent;
  if (figures.smallEvents.events === figures.events) {
    return (
      <>
        <Summary figures={figures} />
        <p>
          No breakdown: {figures.events === 1 ? "this event has" : "each of these events has"} fewer than{" "}
          {figures.threshold} speakers who answered the equality questions, so any breakdown could identify someone.
        </p>
      </>
    );
  }
  return (
    <>
      <Summary figures={figures} />
      {equalityQuestionKeys.map((question: EqualityQuestion) => (
        <ScrollRegion key={question} label={`${equalityQuestions[question].label}: speakers`}>
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
                <th scope="col">{figures.rounded ? "Share of those who answered" : "Share"}</th>
                <th scope="col">Census 2021 (England and Wales)</th>
              </tr>
            </thead>
            <tbody>
              {figures[question].map((row) => (
                <tr key={row.category}>
                  <th scope="row">{row.label}</th>
                  <td>{row.suppressed ? hidden : row.count}</td>
                  <td>{row.suppressed ? hidden : share(row.share)}</td>
                  <td>{percent(row.benchmark)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
      <p className="figure-note">
        {disclosureNote(rule)}
        {figures.rounded ? " Shares come from the rounded counts, so they are approximate." : ""}
      </p>
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
