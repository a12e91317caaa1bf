import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { eventKinds } from "../../shared/permissions";
import { agendaRoles, speakerStatuses } from "../../shared/schemas/agenda";
import {
  answerLabel,
  censusBenchmark,
  type DiversityRow,
  type EqualityQuestion,
  equalityQuestionKeys,
  equalityQuestions,
  notAnswered,
  preferNotToSay,
  type SpeakerDiversity,
} from "../../shared/schemas/equality";
import type { WorkItemKind } from "../../shared/schemas/work-items";
import { type PublicationRule, publishBreakdown, publishCount } from "../../shared/suppression";
import { rowsOf } from "../raw-sql";

export type DiversityScope = {
  workItemId?: string;
  from?: string;
  to?: string;
  teamId?: string;
  kind?: WorkItemKind;
};

const columns: Record<EqualityQuestion, string> = {
  ageBand: "age_band",
  sex: "sex",
  genderSameAsBirth: "gender_same_as_birth",
  ethnicity: "ethnicity",
  disability: "disability",
  sexualOrientation: "sexual_orientation",
  region: "region",
};

/** Whether each speaker gave equality answers at all: a pseudo-question counted alongside the real ones. */
const answeredKey = "_answered";
const answered = "answered";

/** Every category of a question, in order: the answers, then "prefer not to say", then "not answered". */
const categoriesOf = (question: EqualityQuestion) => [
  ...Object.keys(equalityQuestions[question].answers),
  preferNotToSay,
  notAnswered,
];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * Counts per event, question and category, grouped in the database. A speaker is counted
 * once per event (someone who chairs and presents at one event is one voice there).
 */
async function countsPerEvent(db: Db, scope: DiversityScope) {
  const conditions = [
    sql`w.kind in (${list(eventKinds)})`,
    sql`i.role in (${list(agendaRoles)})`,
    sql`i.status in (${list(speakerStatuses)})`,
  ];
  if (scope.workItemId) conditions.push(sql`w.id = ${scope.workItemId}`);
  if (scope.from) conditions.push(sql`w.start_date >= ${scope.from}`);
  if (scope.to) conditions.push(sql`w.start_date <= ${scope.to}`);
  if (scope.teamId) conditions.push(sql`w.team_id = ${scope.teamId}`);
  if (scope.kind) conditions.push(sql`w.kind = ${scope.kind}`);
  const anyAnswer = sql.join(
    equalityQuestionKeys.map((key) => sql`ea.${sql.identifier(columns[key])}`),
    sql`, `,
  );
  const pairs = sql.join(
    [
      ...equalityQuestionKeys.map((key) => sql`(${key}, ea.${sql.identifier(columns[key])})`),
      sql`(${answeredKey}, case when coalesce(${anyAnswer}) is null then null else ${answered} end)`,
    ],
    sql`, `,
  );
  return rowsOf<{ event: string; question: string; category: string; n: number }>(
    db,
    sql`
    with speakers as (
      select distinct i.work_item_id, i.person_id
      from involvements i join work_items w on w.id = i.work_item_id
      where ${sql.join(conditions, sql` and `)}
    )
    select s.work_item_id as "event", qa.question, coalesce(qa.answer, ${notAnswered}) as category, count(*)::int as n
    from speakers s
    left join equality_answers ea on ea.person_id = s.person_id
    cross join lateral (values ${pairs}) as qa(question, answer)
    group by 1, 2, 3`,
  );
}

type EventCounts = Map<string, number>;
const countOf = (counts: EventCounts, question: string, category: string) => counts.get(`${question}:${category}`) ?? 0;

/** One question's rows: each category under the rule, its share, and the Census 2021 benchmark. */
function questionRows(
  question: EqualityQuestion,
  events: readonly EventCounts[],
  rule: PublicationRule,
): DiversityRow[] {
  const categories = categoriesOf(question);
  const matrix = events.map((counts) => categories.map((category) => countOf(counts, question, category)));
  const cells = publishBreakdown(
    matrix,
    categories.map((category) => category !== notAnswered),
    rule,
  );
  return categories.map((category, index) => {
    const cell = cells[index] ?? { count: null, suppressed: true, share: null };
    return {
      category,
      label: answerLabel(question, category),
      count: cell.count,
      share: cell.share,
      suppressed: cell.suppressed,
      benchmark: censusBenchmark[question]?.[category] ?? null,
    };
  });
}

/**
 * Speaker diversity for one event or across events (ADR 006). Events with fewer answered speakers
 * than the threshold give no breakdown and are left out of every breakdown (one line counts their
 * speakers); the rest are counted directly and published under the rule: small counts hidden,
 * the others rounded to the nearest ROUNDING_BASE, totals rounded on their own.
 */
export async function speakerDiversityOf(
  db: Db,
  scope: DiversityScope,
  rule: PublicationRule,
): Promise<SpeakerDiversity> {
  const rows = await countsPerEvent(db, scope);
  const events = new Map<string, EventCounts>();
  for (const row of rows) {
    const counts = events.get(row.event) ?? new Map<string, number>();
    counts.set(`${row.question}:${row.category}`, Number(row.n));
    events.set(row.event, counts);
  }
  const all = [...events.values()];
  const answeredAt = (counts: EventCounts) => countOf(counts, answeredKey, answered);
  const unansweredAt = (counts: EventCounts) => countOf(counts, answeredKey, notAnswered);
  const speakersAt = (counts: EventCounts) => answeredAt(counts) + unansweredAt(counts);
  const sum = (list: readonly EventCounts[], of: (counts: EventCounts) => number) =>
    list.reduce((total, counts) => total + of(counts), 0);
  const brokenDown = all.filter((counts) => answeredAt(counts) >= rule.threshold);
  const tooSmall = all.filter((counts) => answeredAt(counts) < rule.threshold);
  // Speaker places are an ordinary figure (every agenda lists its speakers), rounded for consistency. Who answered
  // comes from equality monitoring: published like a breakdown, so no total can pin an event's small count.
  const total = (n: number) => publishCount(n, rule).count;
  const [answeredTotal, unansweredTotal] = publishBreakdown(
    all.map((counts) => [answeredAt(counts), unansweredAt(counts)]),
    [true, false],
    rule,
  );
  // With speakers but none at an event big enough, there is no breakdown at all (not a row of zeros).
  const noBreakdown = all.length > 0 && brokenDown.length === 0;
  const questions = Object.fromEntries(
    equalityQuestionKeys.map((question) => [
      question,
      questionRows(question, brokenDown, rule).map((row) =>
        noBreakdown ? { ...row, count: null, share: null, suppressed: true } : row,
      ),
    ]),
  ) as Record<EqualityQuestion, DiversityRow[]>;
  return {
    threshold: rule.threshold,
    roundingBase: rule.base,
    rounded: rule.base > 1,
    speakers: total(sum(all, speakersAt)),
    events: all.length,
    answered: answeredTotal?.count ?? null,
    notAnswered: unansweredTotal?.count ?? null,
    smallEvents: { events: tooSmall.length, speakers: total(sum(tooSmall, speakersAt)) },
    ...questions,
  };
}
