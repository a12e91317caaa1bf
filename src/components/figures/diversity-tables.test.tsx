import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { equalityQuestionKeys, type SpeakerDiversity } from "../../shared/schemas/equality";
import { DiversityTables } from "./diversity-tables";

/** One event's figures with no breakdown rows: what a new conference shows. */
const figures = (speakers: number | null, answered: number | null): SpeakerDiversity => ({
  threshold: 5,
  roundingBase: 5,
  rounded: true,
  speakers,
  events: 1,
  answered,
  notAnswered: speakers,
  smallEvents: { events: 1, speakers },
  ...(Object.fromEntries(equalityQuestionKeys.map((key) => [key, []])) as unknown as Omit<
    SpeakerDiversity,
    "threshold" | "roundingBase" | "rounded" | "speakers" | "events" | "answered" | "notAnswered" | "smallEvents"
  >),
});

describe("the speaker diversity summary", () => {
  it("says none answered when no speaker did, and counts under the rule otherwise", () => {
    const { unmount } = render(<DiversityTables figures={figures(null, 0)} />);
    expect(
      screen.getByText(/^Fewer than 5 speaker places, confirmed or having taken part; none of them answered/),
    ).toBeInTheDocument();
    unmount();
    render(<DiversityTables figures={figures(20, 10)} />);
    expect(
      screen.getByText(/^About 20 speaker places, confirmed or having taken part; about 10 of them answered/),
    ).toBeInTheDocument();
  });
});
