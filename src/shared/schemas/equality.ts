import { z } from "zod";
import { idParam, optionalParam, reportingDate } from "./common";
import { workItemKind } from "./work-items";

/** "Prefer not to say" is an answer to every question; a missing key is "not answered". */
export const preferNotToSay = "prefer_not_to_say";
export const notAnswered = "not_answered";

/** The questions, their answers (Census 2021 groupings) and how people read them. */
export const equalityQuestions = {
  ageBand: {
    label: "Age band",
    answers: {
      "16-24": "16 to 24",
      "25-34": "25 to 34",
      "35-44": "35 to 44",
      "45-54": "45 to 54",
      "55-64": "55 to 64",
      "65+": "65 and over",
    },
  },
  sex: { label: "Sex", answers: { female: "Female", male: "Male" } },
  genderSameAsBirth: {
    label: "Gender identity the same as sex registered at birth",
    answers: { yes: "Yes", no: "No" },
  },
  ethnicity: {
    label: "Ethnic group",
    answers: {
      asian: "Asian",
      black: "Black",
      mixed: "Mixed or multiple",
      white: "White",
      other: "Other ethnic group",
    },
  },
  disability: { label: "Disabled (Equality Act 2010)", answers: { yes: "Yes", no: "No" } },
  sexualOrientation: {
    label: "Sexual orientation",
    answers: {
      heterosexual: "Heterosexual or straight",
      gay_or_lesbian: "Gay or lesbian",
      bisexual: "Bisexual",
      other: "Other sexual orientation",
    },
  },
  region: {
    label: "Region",
    answers: {
      north_east: "North East",
      north_west: "North West",
      yorkshire_and_the_humber: "Yorkshire and The Humber",
      east_midlands: "East Midlands",
      west_midlands: "West Midlands",
      east_of_england: "East of England",
      london: "London",
      south_east: "South East",
      south_west: "South West",
      wales: "Wales",
      scotland: "Scotland",
      northern_ireland: "Northern Ireland",
      outside_uk: "Outside the UK",
    },
  },
} as const;
export type EqualityQuestion = keyof typeof equalityQuestions;
export const equalityQuestionKeys = Object.keys(equalityQuestions) as EqualityQuestion[];

export const answerLabel = (question: EqualityQuestion, answer: string): string =>
  answer === preferNotToSay
    ? "Prefer not to say"
    : answer === notAnswered
      ? "Not answered"
      : ((equalityQuestions[question].answers as Record<string, string>)[answer] ?? answer);

/** One question's answers in order, "prefer not to say" last (the zod enum and the database CHECK). */
export const equalityAnswerValues = <Q extends EqualityQuestion>(question: Q): readonly EqualityAnswer<Q>[] => [
  // Object.keys loses the keys' type; the questions above are their one source.
  ...(Object.keys(equalityQuestions[question].answers) as EqualityAnswer<Q>[]),
  preferNotToSay,
];

const answerOf = <Q extends EqualityQuestion>(question: Q) => {
  const values = equalityAnswerValues(question);
  return z.enum(values, { error: `Choose one of: ${values.join(", ")}` }).optional();
};

/** The answers object itself: the PUT body and the GET reply. Unknown keys are refused. */
export const equalityAnswers = z.strictObject(
  Object.fromEntries(equalityQuestionKeys.map((key) => [key, answerOf(key)])) as {
    [K in EqualityQuestion]: ReturnType<typeof answerOf<K>>;
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Not a question: ${issue.keys.join(", ")}` : undefined) },
);
/** One question's answers: its own, or "prefer not to say". */
export type EqualityAnswer<Q extends EqualityQuestion> =
  | Extract<keyof (typeof equalityQuestions)[Q]["answers"], string>
  | typeof preferNotToSay;
export type EqualityAnswers = { [Q in EqualityQuestion]?: EqualityAnswer<Q> };

/** Census 2021, England and Wales: the benchmark beside each share (fractions 0–1). */
export const censusBenchmark: Partial<Record<EqualityQuestion, Record<string, number>>> = {
  ethnicity: { white: 0.817, asian: 0.093, black: 0.04, mixed: 0.029, other: 0.021 },
  sex: { female: 0.51, male: 0.49 },
  disability: { yes: 0.177, no: 0.823 },
};

const diversityRow = z.object({
  category: z.string(),
  label: z.string(),
  count: z.number().int().nullable(),
  share: z.number().nullable(),
  suppressed: z.boolean(),
  benchmark: z.number().nullable(),
});
export type DiversityRow = z.infer<typeof diversityRow>;

export const speakerDiversity = z.object({
  /** Counts from 1 to threshold − 1 are shown only as "fewer than {threshold}". */
  threshold: z.number().int(),
  /** Counts are rounded to the nearest multiple of this (1: not rounded; then secondary suppression protects). */
  roundingBase: z.number().int(),
  /** Whether the counts are rounded (roundingBase above 1): shares are then approximate. */
  rounded: z.boolean(),
  /** Speaker places counted (each speaker once per event), under the same rule: null for 1 to threshold − 1. */
  speakers: z.number().int().nullable(),
  /** Conferences and events with at least one speaker (an ordinary count: exact). */
  events: z.number().int(),
  /** Speaker places whose speaker gave equality answers, and those who did not; each under the rule. */
  answered: z.number().int().nullable(),
  notAnswered: z.number().int().nullable(),
  /**
   * Events with fewer answered speakers than the threshold give no breakdown, and their speakers are
   * left out of every breakdown: this is the one line that counts them (speakers under the rule).
   */
  smallEvents: z.object({ events: z.number().int(), speakers: z.number().int().nullable() }),
  ...(Object.fromEntries(equalityQuestionKeys.map((key) => [key, z.array(diversityRow)])) as {
    [K in EqualityQuestion]: z.ZodArray<typeof diversityRow>;
  }),
});
export type SpeakerDiversity = z.infer<typeof speakerDiversity>;

export const speakerDiversityQuery = z.object({
  from: optionalParam(reportingDate),
  to: optionalParam(reportingDate),
  workItemId: idParam("work item"),
  teamId: optionalParam(z.uuid({ error: "Must be a valid team id" })),
  /** Like the dashboard's: conferences and events of this kind only (other kinds have no speakers). */
  kind: optionalParam(workItemKind),
});
