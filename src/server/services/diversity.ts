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
import { suppressRow } from "../../shared/suppression";

export type DiversityScope = { workItemId?: string; from?: string; to?: string };

const columns: Record<EqualityQuestion, string> = {
  ageBand: "age_band",
  sex: "sex",
  genderSameAsBirth: "gender_same_as_birth",
  ethnicity: "ethnicity",
  disability: "disability",
  sexualOrientation: "sexual_orientation",
  region: "region",
};

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
  const pairs = sql.join(
    equalityQuestionKeys.map((key) => sql`(${key}, ea.${sql.identifier(columns[key])})`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with speakers as (
      select distinct i.work_item_id, i.person_id
      from involvements i join work_items w on w.id = i.work_item_id
      where ${sql.join(conditions, sql` and `)}
    )
    select s.work_item_id as "event", qa.question, coalesce(qa.answer, ${notAnswered}) as category, count(*)::int as n
    from speakers s
    left join equality_answers ea on ea.person_id = s.person_id
    cross join lateral (values ${pairs}) as qa(question, answer)
    group by 1, 2, 3`);
  // Both drivers answer { rows }; drizzle types the raw result as unknown.
  return (result as unknown as { rows: { event: string; question: string; category: string; n: number }[] }).rows;
}

/**
 * Speaker diversity for one event or across events, with small-number suppression.
 * Across events, a category hidden in any one event's own figures is hidden in the total
 * too, so no total minus other figures (another event, another period) can reveal it.
 */
export async function speakerDiversityOf(db: Db, scope: DiversityScope, threshold: number): Promise<SpeakerDiversity> {
  const rows = await countsPerEvent(db, scope);
  const events = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = events.get(row.event) ?? new Map<string, number>();
    counts.set(`${row.question}:${row.category}`, Number(row.n));
    events.set(row.event, counts);
  }
  let speakers = 0;
  const questions = {} as Record<EqualityQuestion, DiversityRow[]>;
  for (const question of equalityQuestionKeys) {
    const categories = categoriesOf(question);
    const totals = categories.map(() => 0);
    const forced = categories.map(() => false);
    for (const counts of events.values()) {
      const own = categories.map((category) => counts.get(`${question}:${category}`) ?? 0);
      // An event with fewer speakers than the threshold shows no breakdown at all.
      const small = own.reduce((sum, n) => sum + n, 0) < threshold;
      suppressRow(own, { threshold, forced: own.map(() => small) }).forEach((cell, index) => {
        totals[index] = (totals[index] ?? 0) + (own[index] ?? 0);
        if (cell.suppressed) forced[index] = true;
      });
    }
    const total = totals.reduce((sum, n) => sum + n, 0);
    speakers = total; // the same for every question: each speaker answers (or not) each one
    const cells = suppressRow(totals, { threshold, forced: forced.map((f) => f || total < threshold) });
    questions[question] = categories.map((category, index) => {
      const cell = cells[index] ?? { count: null, suppressed: true };
      return {
        category,
        label: answerLabel(question, category),
        count: cell.suppressed ? null : cell.count,
        share: cell.suppressed || cell.count === null || total < threshold ? null : cell.count / total,
        suppressed: cell.suppressed,
        benchmark: censusBenchmark[question]?.[category] ?? null,
      };
    });
  }
  return { threshold, speakers, events: events.size, ...questions };
}
