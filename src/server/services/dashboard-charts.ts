import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { bursaries } from "../../db/schema";
import { eventKinds } from "../../shared/permissions";
import { periodsOf, reportingYearOf } from "../../shared/reporting-year";
import { agendaRoles, speakerStatuses } from "../../shared/schemas/agenda";
import { bursaryStatusLabels, funnelStages } from "../../shared/schemas/bursaries";
import { notAnswered } from "../../shared/schemas/equality";
import {
  involvementLevelLabels,
  involvementLevels,
  involvementRoleLabels,
} from "../../shared/schemas/involvement-plans";
import type { ChartTable, DashboardCharts, DashboardQuery, Period } from "../../shared/schemas/metrics";
import { patientVoice, perspectiveLabels, perspectives } from "../../shared/schemas/people";
import { workItemKindLabels, workItemKinds } from "../../shared/schemas/work-items";
import { countInWords, disclosureNote, type PublicationRule } from "../../shared/suppression";
import { sqlList as list, rowsOf as rows } from "../raw-sql";
import { reached } from "./bursaries";
import { speakerDiversityOf } from "./diversity";

function scopeOf(period: Period, query: DashboardQuery, alias = "w"): SQL {
  const parts: SQL[] = [sql.raw(`${alias}.start_date between `), sql`${period.from} and ${period.to}`];
  const filters: SQL[] = [sql.join(parts, sql``)];
  if (query.teamId) filters.push(sql`${sql.raw(`${alias}.team_id`)} = ${query.teamId}`);
  if (query.kind) filters.push(sql`${sql.raw(`${alias}.kind`)} = ${query.kind}`);
  return sql.join(filters, sql` and `);
}

const levelColumns = [...involvementLevels, "undecided"] as const;
const levelLabel = (level: string) =>
  level === "undecided" ? "Undecided" : involvementLevelLabels[level as keyof typeof involvementLevelLabels];

async function levelByKind(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const counts = await rows<{ kind: string; level: string; n: number }>(
    db,
    sql`select w.kind, coalesce(p.level, 'undecided') as level, count(*)::int as n
      from work_items w left join involvement_plans p on p.work_item_id = w.id
      where ${scopeOf(period, query)} group by 1, 2`,
  );
  return {
    key: "level-by-kind",
    title: "Involvement level by kind of work",
    definition: "Work items starting in the period, by kind, at the level of their involvement decision.",
    columns: [{ key: "kind", label: "Kind of work" }, ...levelColumns.map((key) => ({ key, label: levelLabel(key) }))],
    suppressedColumns: [],
    rows: workItemKinds
      .filter((kind) => !query.kind || kind === query.kind)
      .map((kind) => ({
        kind: workItemKindLabels[kind],
        ...Object.fromEntries(
          levelColumns.map((level) => [level, counts.find((c) => c.kind === kind && c.level === level)?.n ?? 0]),
        ),
      })),
    suppressed: false,
  };
}

async function coverageByQuarter(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const year = reportingYearOf(period.from);
  const quarters = await rows<{ quarter: string; items: number; decided: number; involve: number }>(
    db,
    sql`select to_char(date_trunc('quarter', w.start_date), 'YYYY-MM-DD') as quarter, count(*)::int as items,
        count(p.work_item_id)::int as decided,
        count(*) filter (where p.level in ('involve', 'collaborate', 'co_produce'))::int as involve
      from work_items w left join involvement_plans p on p.work_item_id = w.id
      where ${scopeOf({ from: `${year}-04-01`, to: `${year + 1}-03-31`, label: "" }, query)}
      group by 1`,
  );
  const starts = [`${year}-04-01`, `${year}-07-01`, `${year}-10-01`, `${year + 1}-01-01`];
  const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
  return {
    key: "coverage-by-quarter",
    title: "Involvement decisions by quarter",
    definition: `Per quarter of the reporting year ${year}–${String(year + 1).slice(2)}: the % of work items starting then with a decision, and at involve or above.`,
    columns: [
      { key: "quarter", label: "Quarter" },
      { key: "items", label: "Work items" },
      { key: "decided", label: "With a decision (%)" },
      { key: "involve", label: "Involve or above (%)" },
    ],
    suppressedColumns: [],
    rows: starts.map((start, index) => {
      const q = quarters.find((row) => row.quarter === start);
      return {
        quarter: `Q${index + 1}`,
        items: q?.items ?? 0,
        decided: share(q?.decided ?? 0, q?.items ?? 0),
        involve: share(q?.involve ?? 0, q?.items ?? 0),
      };
    }),
    suppressed: false,
  };
}

async function patientRolesOnAgendas(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const counts = await rows<{ role: string; n: number }>(
    db,
    sql`select i.role, count(distinct (i.work_item_id, i.person_id))::int as n
      from involvements i join work_items w on w.id = i.work_item_id join people pe on pe.id = i.person_id
      where ${scopeOf(period, query)} and w.kind in (${list(eventKinds)})
        and i.role in (${list(agendaRoles)}) and i.status in (${list(speakerStatuses)})
        and pe.perspectives && array[${list(patientVoice)}]::text[]
      group by 1`,
  );
  return {
    key: "patient-roles-on-agendas",
    title: "Patient roles on conference agendas",
    definition:
      "Patients, service users and carers confirmed or taking part as speakers at conferences and events in the period, by agenda role.",
    columns: [
      { key: "role", label: "Agenda role" },
      { key: "speakers", label: "Patient-voice speakers" },
    ],
    suppressedColumns: [],
    rows: agendaRoles.map((role) => ({
      role: involvementRoleLabels[role],
      speakers: counts.find((c) => c.role === role)?.n ?? 0,
    })),
    suppressed: false,
  };
}

async function diversity(db: Db, period: Period, query: DashboardQuery, rule: PublicationRule): Promise<ChartTable> {
  const figures = await speakerDiversityOf(
    db,
    { from: period.from, to: period.to, teamId: query.teamId, kind: query.kind },
    rule,
  );
  const { smallEvents } = figures;
  // Every event too small to break down: no breakdown at all, said in words, not cells of "fewer than 5".
  const noBreakdown = figures.events > 0 && smallEvents.events === figures.events;
  const small = smallEvents.events
    ? `; ${countInWords(smallEvents.speakers, rule)} at ${smallEvents.events} ${smallEvents.events === 1 ? "event" : "events"} too small to break down`
    : "";
  // "Not answered" is not a group to set beside the Census: it is said in the definition instead.
  const unanswered = figures.ethnicity.find((row) => row.category === notAnswered);
  const didNot =
    (unanswered?.count ?? 0) === 0 && !unanswered?.suppressed
      ? " Every speaker counted answered."
      : ` Speakers who did not answer: ${countInWords(unanswered?.count ?? null, rule)}.`;
  const shares =
    rule.base > 1
      ? " Shares are of those who answered, from the rounded counts, so approximate."
      : " Shares are of all speakers counted.";
  const about = noBreakdown
    ? ` No breakdown: every event in the period had fewer than ${rule.threshold} speakers who answered.`
    : `${didNot}${shares}`;
  return {
    key: "speaker-diversity",
    title: "Speaker diversity: ethnic group against Census 2021",
    definition: `Speakers at conferences and events in the period (${countInWords(figures.speakers, rule)} speaker places${small}), by self-described ethnic group, beside England and Wales.${about}`,
    note: disclosureNote(rule),
    columns: [
      { key: "group", label: "Ethnic group" },
      { key: "speakers", label: "Speakers" },
      { key: "share", label: "Share (%)" },
      { key: "census", label: "Census 2021 (%)" },
    ],
    suppressedColumns: noBreakdown ? [] : ["speakers", "share"],
    rows: figures.ethnicity
      .filter((row) => row.category !== notAnswered)
      .map((row) => ({
        group: row.label,
        speakers: row.count,
        share: row.share === null ? null : Math.round(row.share * 1000) / 10,
        census: row.benchmark === null ? null : Math.round(row.benchmark * 1000) / 10,
      })),
    suppressed: true,
  };
}

async function bursaryFunnel(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const [counts] = await rows<Record<(typeof funnelStages)[number], number>>(
    db,
    sql`select ${sql.join(
      funnelStages.map((s) => sql`${reached(s)} as ${sql.identifier(s)}`),
      sql`, `,
    )}
      from ${bursaries} join work_items w on w.id = ${bursaries.workItemId} where ${scopeOf(period, query)}`,
  );
  return {
    key: "bursary-funnel",
    title: "Bursaries: applied, offered, accepted, attended",
    definition: "Bursaries at conferences and events in the period that reached each stage.",
    columns: [
      { key: "stage", label: "Stage" },
      { key: "bursaries", label: "Bursaries" },
    ],
    suppressedColumns: [],
    rows: funnelStages.map((stage) => ({ stage: bursaryStatusLabels[stage], bursaries: Number(counts?.[stage] ?? 0) })),
    suppressed: false,
  };
}

async function programmeMix(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const counts = await rows<{ perspective: string; n: number }>(
    db,
    sql`select pe.perspectives[1] as perspective, count(distinct pe.id)::int as n
      from involvements i join work_items w on w.id = i.work_item_id join people pe on pe.id = i.person_id
      where ${scopeOf(period, query)} and w.kind = 'programme' and i.status in ('invited', 'confirmed', 'took_part')
      group by 1`,
  );
  return {
    key: "programme-mix",
    title: "Leadership programme participants",
    definition: "People in leadership-programme cohorts starting in the period, by their first perspective.",
    columns: [
      { key: "perspective", label: "Perspective" },
      { key: "people", label: "People" },
    ],
    suppressedColumns: [],
    rows: perspectives.map((p) => ({
      perspective: perspectiveLabels[p],
      people: counts.find((c) => c.perspective === p)?.n ?? 0,
    })),
    suppressed: false,
  };
}

async function topContributors(db: Db, period: Period, query: DashboardQuery): Promise<ChartTable> {
  const [totals] = await rows<{ top: number; total: number; people: number }>(
    db,
    sql`with per_person as (
        select i.person_id, count(*)::int as n from involvements i join work_items w on w.id = i.work_item_id
        where ${scopeOf(period, query)} and i.status in ('confirmed', 'took_part') group by 1
      )
      select coalesce((select sum(n) from (select n from per_person order by n desc limit 10) top), 0)::int as top,
        coalesce(sum(n), 0)::int as total, count(*)::int as people from per_person`,
  );
  const top = totals?.top ?? 0;
  const total = totals?.total ?? 0;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : null);
  return {
    key: "top-contributors",
    title: "Involvement carried by the ten most frequent contributors",
    definition: `Confirmed and completed involvements in the period: the share held by the ten people involved most often, of ${totals?.people ?? 0} people.`,
    columns: [
      { key: "group", label: "Who" },
      { key: "involvements", label: "Involvements" },
      { key: "share", label: "Share (%)" },
    ],
    suppressedColumns: [],
    rows: [
      { group: "Ten most frequent contributors", involvements: top, share: pct(top) },
      { group: "Everyone else", involvements: total - top, share: pct(total - top) },
    ],
    suppressed: false,
  };
}

export async function dashboardChartsOf(
  db: Db,
  query: DashboardQuery,
  today: string,
  rule: PublicationRule,
): Promise<DashboardCharts> {
  const { period } = periodsOf(query, today);
  const charts = await Promise.all([
    levelByKind(db, period, query),
    coverageByQuarter(db, period, query),
    patientRolesOnAgendas(db, period, query),
    diversity(db, period, query, rule),
    bursaryFunnel(db, period, query),
    programmeMix(db, period, query),
    topContributors(db, period, query),
  ]);
  return { period, threshold: rule.threshold, roundingBase: rule.base, charts };
}
