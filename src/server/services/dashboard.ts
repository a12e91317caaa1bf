import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { bursaries } from "../../db/schema";
import { formatPence } from "../../shared/money-text";
import { eventKinds } from "../../shared/permissions";
import { periodsOf } from "../../shared/reporting-year";
import type { Dashboard, DashboardQuery, Headline, Period } from "../../shared/schemas/metrics";
import { sqlList as list, rowsOf } from "../raw-sql";
import { onlyInvited, targetMet, workItemIdColumn } from "./agenda";
import { bursaryCostOf, holdsPlace, reached } from "./bursaries";
import { tookPartOnSql } from "./took-part-on";

type Figures = Record<string, number>;

/** Every figure for one period, each counted by one SQL aggregate. */
async function figuresFor(
  db: Db,
  period: Period,
  query: DashboardQuery,
  now: string,
  withCare: boolean,
): Promise<Figures> {
  // The team and kind chosen; the period is applied per figure (work by its start date).
  const chosen: SQL[] = [];
  if (query.teamId) chosen.push(sql`work_items.team_id = ${query.teamId}`);
  if (query.kind) chosen.push(sql`work_items.kind = ${query.kind}`);
  const inScope = sql.join([sql`work_items.start_date between ${period.from} and ${period.to}`, ...chosen], sql` and `);
  const isEvent = sql`work_items.kind in (${list(eventKinds)})`;
  const run = async (query: SQL) => {
    const [row] = await rowsOf<Record<string, unknown>>(db, query);
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v ?? 0)]));
  };
  // Payments are counted by when the person took part, not by the item's start: the 30 days run from taking part.
  const tookPart = tookPartOnSql("i", "work_items");
  const payments: SQL[] = [
    sql`i.status = 'took_part'`,
    sql`coalesce(i.fee_pence, 0) + coalesce(i.expenses_pence, 0) > 0`,
    sql`i.payment_status <> 'declined'`,
    sql`${tookPart} between ${period.from} and ${period.to}`,
    // Unpaid but still inside its 30 days: not late yet, so neither a success nor a miss.
    sql`(i.payment_status = 'paid' or ${tookPart} + 30 < cast(${now} as date))`,
    // Paid with no date (marked paid before the date was kept, migration 0015): when is unknown,
    // so it is left out rather than counted as late.
    sql`(i.payment_status <> 'paid' or i.paid_on is not null)`,
    ...chosen,
  ];
  const [work, bursary, feedback, library, staff, paid] = await Promise.all([
    run(sql`select
        count(*) as items,
        count(plan.work_item_id) as decided,
        count(*) filter (where plan.level in ('involve', 'collaborate', 'co_produce')) as involve_or_above,
        count(*) filter (where ${isEvent}) as events,
        count(*) filter (where ${isEvent} and ${targetMet(workItemIdColumn)}) as target_met,
        count(*) filter (where ${isEvent} and ${onlyInvited(workItemIdColumn)}) as only_invited,
        count(*) filter (where ${isEvent} and details.advice_sought) as advice_sought,
        coalesce(sum(details.bursary_budget_pence) filter (where ${isEvent}), 0) as bursary_budget
      from work_items
      left join involvement_plans plan on plan.work_item_id = work_items.id
      left join event_details details on details.work_item_id = work_items.id
      where ${inScope}`),
    run(sql`select
        ${reached("offered")} as offered,
        ${reached("accepted")} as accepted,
        ${reached("attended")} as attended,
        coalesce(sum(${bursaryCostOf(withCare)}) filter (where ${holdsPlace}), 0) as spend
      from ${bursaries} join work_items on work_items.id = ${bursaries.workItemId}
      where ${inScope}`),
    run(sql`select
        count(*) as received,
        count(*) filter (where action_status in ('open', 'in_progress')) as open,
        count(*) filter (where action_status in ('open', 'in_progress') and action_due_on < ${now}) as overdue,
        count(*) filter (where told_back_on is not null) as told_back
      from feedback where received_on between ${period.from} and ${period.to}`),
    run(sql`select count(*) filter (where requester_type in ('patient', 'carer', 'public')) as from_public, count(*) as enquiries
      from library_enquiries where received_on between ${period.from} and ${period.to}`),
    run(sql`select count(*) as staff,
        count(*) filter (where exists (select 1 from staff_training t where t.user_id = users.id and t.completed_on <= ${period.to})) as trained
      from users`),
    run(sql`select count(*) as payments_due,
        count(*) filter (where i.payment_status = 'paid' and i.paid_on <= ${tookPart} + 30) as paid_in_30_days
      from involvements i join work_items on work_items.id = i.work_item_id
      where ${sql.join(payments, sql` and `)}`),
  ]);
  return { ...work, ...bursary, ...feedback, ...library, ...staff, ...paid };
}

/** The words of the paid-within-30-days card when no one who took part had anything to be paid. */
export const noPaymentsDue = "No payments due yet";

const share = (part: number | undefined, whole: number | undefined) => (whole ? (part ?? 0) / whole : null);

/**
 * The headline figures. Without care (a role that may not see care costs, as on an event's bursary
 * summary): bursary spend leaves care out, or a period holding one bursary would tell its care cost.
 */
export async function dashboardOf(db: Db, query: DashboardQuery, now: string, withCare: boolean): Promise<Dashboard> {
  const { period, previous } = periodsOf(query, now);
  const [f, p] = await Promise.all([
    figuresFor(db, period, query, now, withCare),
    figuresFor(db, previous, query, now, withCare),
  ]);
  const headline = (h: Omit<Headline, "previous"> & { previousValue: number | null }): Headline => {
    const { previousValue, ...rest } = h;
    return { ...rest, previous: previousValue };
  };
  const headlines: Headline[] = [
    headline({
      key: "decided",
      label: "Work items with an involvement decision",
      unit: "share",
      value: share(f.decided, f.items),
      detail: `${f.decided} of ${f.items}`,
      target: 1,
      previousValue: share(p.decided, p.items),
      definition:
        "Work items starting in the period whose involvement decision is recorded (any level, with a reason for none).",
    }),
    headline({
      key: "involveOrAbove",
      label: "Involving patients at involve or above",
      unit: "share",
      value: share(f.involve_or_above, f.items),
      detail: `${f.involve_or_above} of ${f.items}`,
      target: null,
      previousValue: share(p.involve_or_above, p.items),
      definition: "Work items starting in the period whose decision is involve, collaborate or co-produce.",
    }),
    headline({
      key: "agendaTarget",
      label: "Conferences with a patient voice on the agenda",
      unit: "share",
      value: share(f.target_met, f.events),
      detail: `${f.target_met} of ${f.events}${f.only_invited ? `; ${f.only_invited} only invited` : ""}`,
      target: 1,
      previousValue: share(p.target_met, p.events),
      definition:
        "Conferences and events with a patient, service user or carer confirmed as chair, presenter, facilitator or panellist.",
    }),
    headline({
      key: "adviceSought",
      label: "Conferences that asked patients' advice on speakers",
      unit: "share",
      value: share(f.advice_sought, f.events),
      detail: `${f.advice_sought} of ${f.events}`,
      target: null,
      previousValue: share(p.advice_sought, p.events),
      definition: "Conferences and events where patients were asked for advice on speakers and content.",
    }),
    headline({
      key: "bursariesAttended",
      label: "Bursary places used",
      unit: "count",
      value: f.attended ?? 0,
      detail: `offered ${f.offered ?? 0}, accepted ${f.accepted ?? 0}, attended ${f.attended ?? 0}`,
      target: null,
      previousValue: p.attended ?? 0,
      definition: "Bursaries that reached each stage, at conferences and events starting in the period.",
    }),
    headline({
      key: "bursarySpend",
      label: "Bursary spend",
      unit: "pence",
      value: f.spend ?? 0,
      detail: `of a budget of ${formatPence(f.bursary_budget ?? 0)}`,
      target: null,
      previousValue: p.spend ?? 0,
      definition: withCare
        ? "Costs of bursaries offered, accepted, attended or not attended (ticket, travel, accommodation and care), against the events' bursary budgets."
        : "Costs of bursaries offered, accepted, attended or not attended (ticket, travel and accommodation; care costs are left out for your role), against the events' bursary budgets.",
    }),
    headline({
      key: "paidWithin30Days",
      label: "Paid within 30 days of taking part",
      unit: "share",
      value: share(f.paid_in_30_days, f.payments_due),
      // With nothing to pay there is no share to show: the card says so in words.
      detail: f.payments_due ? `${f.paid_in_30_days} of ${f.payments_due}` : noPaymentsDue,
      target: 0.9,
      previousValue: share(p.paid_in_30_days, p.payments_due),
      definition:
        "People who took part in the period with a fee or expenses to pay (not declined), paid within 30 days of taking part; those still inside their 30 days and unpaid are not counted yet.",
    }),
    headline({
      key: "openActions",
      label: "Open feedback actions",
      unit: "count",
      value: f.open ?? 0,
      detail: `${f.overdue} overdue`,
      target: null,
      previousValue: p.open ?? 0,
      definition: "Feedback received in the period whose action is open or in progress (whole organisation).",
    }),
    headline({
      key: "toldBack",
      label: "Feedback told back (you said, we did)",
      unit: "share",
      value: share(f.told_back, f.received),
      detail: `${f.told_back} of ${f.received}`,
      target: 1,
      previousValue: share(p.told_back, p.received),
      definition: "Feedback received in the period where we have told the person what we did (whole organisation).",
    }),
    headline({
      key: "libraryPublic",
      label: "Library enquiries from the public",
      unit: "count",
      value: f.from_public ?? 0,
      detail: `of ${f.enquiries} enquiries`,
      target: null,
      previousValue: p.from_public ?? 0,
      definition: "Enquiries received in the period from patients, carers and the public.",
    }),
    headline({
      key: "staffTrained",
      label: "Staff trained in working with patients",
      unit: "share",
      value: share(f.trained, f.staff),
      detail: `${f.trained} of ${f.staff}`,
      target: 1,
      previousValue: share(p.trained, p.staff),
      definition: "Staff accounts with a completed training record by the end of the period.",
    }),
  ];
  return { period, previousPeriod: previous, headlines };
}
