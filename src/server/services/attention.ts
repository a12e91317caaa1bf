import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import {
  type AttentionKey,
  addDays,
  attentionDates,
  attentionKeysFor,
  attentionRules,
  attentionTitles,
  seesOnlyOwnWork,
  soonSince,
} from "../../shared/attention-rules";
import { ukDate } from "../../shared/calendar-date";
import { type Actor, eventKinds } from "../../shared/permissions";
import type { Attention, AttentionItem } from "../../shared/schemas/attention";
import { sqlList as list, rowsOf } from "../raw-sql";
import { targetMet, workItemIdColumn } from "./agenda";
import { tookPartOnSql } from "./took-part-on";

type Row = Record<string, string | null>;
type Dates = ReturnType<typeof attentionDates>;

const rows = (db: Db, query: SQL) => rowsOf<Row>(db, query);

const text = (row: Row, key: string) => row[key] ?? "";

/** For a lead, only the work items they lead (`work_items` must be in the query). */
const ownWork = (actor: Actor) => (seesOnlyOwnWork(actor.role) ? sql`and work_items.lead_id = ${actor.id}` : sql``);

/** Feedback is a lead's when it is about work they lead, or its action is theirs. */
const ownFeedback = (actor: Actor) =>
  seesOnlyOwnWork(actor.role)
    ? sql`and (work_items.lead_id = ${actor.id} or feedback.action_owner_id = ${actor.id})`
    : sql``;

const onWork = (row: Row) => (row.work_title ? ` on ${row.work_title}` : "");

/** Each rule: its SQL (oldest first) and how a row becomes an entry. */
const rules: Record<AttentionKey, (db: Db, actor: Actor, d: Dates) => Promise<AttentionItem[]>> = {
  "undecided-soon": async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select work_items.id, work_items.title, work_items.start_date::text as start
          from work_items left join involvement_plans plan on plan.work_item_id = work_items.id
          where plan.work_item_id is null and work_items.status <> 'cancelled'
            and work_items.start_date between ${d.today}::date and ${d.undecidedUntil}::date ${ownWork(actor)}
          order by work_items.start_date, work_items.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "title")} — starts ${ukDate(text(row, "start"))}`,
      href: `/work-items/${text(row, "id")}`,
      since: soonSince(text(row, "start"), attentionRules.undecidedWithinWeeks),
    })),

  unpaid: async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select i.id, p.name, work_items.title as work_title, ${tookPartOnSql("i", "work_items")}::text as took_part
          from involvements i
          join people p on p.id = i.person_id
          join work_items on work_items.id = i.work_item_id
          where i.status = 'took_part'
            and ${tookPartOnSql("i", "work_items")} < ${d.tookPartBefore}::date
            and (coalesce(i.fee_pence, 0) > 0 or coalesce(i.expenses_pence, 0) > 0)
            and i.payment_status not in ('paid', 'declined') ${ownWork(actor)}
          order by ${tookPartOnSql("i", "work_items")}, i.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "name")}, ${text(row, "work_title")} — took part ${ukDate(text(row, "took_part"))}`,
      href: `/involvements/${text(row, "id")}`,
      since: addDays(text(row, "took_part"), attentionRules.unpaidAfterDays),
    })),

  // Feedback summaries are free text (they may hold health details): titles name only dates and the work.
  "overdue-actions": async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select feedback.id, feedback.received_on::text as received, feedback.action_due_on::text as due,
            work_items.title as work_title
          from feedback left join work_items on work_items.id = feedback.work_item_id
          where feedback.action_status in ('open', 'in_progress') and feedback.action_due_on < ${d.today}::date
            ${ownFeedback(actor)}
          order by feedback.action_due_on, feedback.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `Feedback${onWork(row)}, received ${ukDate(text(row, "received"))} — action due ${ukDate(text(row, "due"))}`,
      href: `/feedback/${text(row, "id")}`,
      since: text(row, "due"),
    })),

  "not-told-back": async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select feedback.id, feedback.received_on::text as received, work_items.title as work_title
          from feedback left join work_items on work_items.id = feedback.work_item_id
          where feedback.told_back_on is null and feedback.received_on < ${d.receivedBefore}::date
            ${ownFeedback(actor)}
          order by feedback.received_on, feedback.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `Feedback${onWork(row)}, received ${ukDate(text(row, "received"))} — not told back`,
      href: `/feedback/${text(row, "id")}`,
      since: addDays(text(row, "received"), attentionRules.toldBackAfterDays),
    })),

  // The same patient-voice test as the Events list's "not met" filter and the dashboard.
  "target-at-risk": async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select work_items.id, work_items.title, work_items.start_date::text as start
          from work_items
          where work_items.kind in (${list(eventKinds)}) and work_items.status <> 'cancelled'
            and work_items.start_date between ${d.today}::date and ${d.targetUntil}::date
            and not ${targetMet(workItemIdColumn)} ${ownWork(actor)}
          order by work_items.start_date, work_items.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "title")} — starts ${ukDate(text(row, "start"))}, no patient voice confirmed on the agenda`,
      href: `/work-items/${text(row, "id")}`,
      since: soonSince(text(row, "start"), attentionRules.targetWithinWeeks),
    })),

  "bursary-no-answer": async (db, actor, d) =>
    (
      await rows(
        db,
        sql`select * from (
            select b.id, b.work_item_id, p.name, work_items.title as work_title,
              (select max((h->>'on')::date) from jsonb_array_elements(b.status_history) h
                where h->>'status' = 'offered')::text as offered
            from bursaries b
            join people p on p.id = b.person_id
            join work_items on work_items.id = b.work_item_id
            where b.status = 'offered' ${ownWork(actor)}
          ) offers
          where offered <= ${d.offeredOnOrBefore}
          order by offered, id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "name")}, ${text(row, "work_title")} — offered ${ukDate(text(row, "offered"))}`,
      href: `/work-items/${text(row, "work_item_id")}#bursaries`,
      since: addDays(text(row, "offered"), attentionRules.bursaryNoAnswerDays),
    })),

  "bursary-unpaid": async (db, actor) =>
    (
      await rows(
        db,
        sql`select b.id, b.work_item_id, p.name, work_items.title as work_title, b.claimed_on::text as claimed
          from bursaries b
          join people p on p.id = b.person_id
          join work_items on work_items.id = b.work_item_id
          where b.status = 'attended' and b.claimed_on is not null and b.paid_on is null ${ownWork(actor)}
          order by b.claimed_on, b.id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "name")}, ${text(row, "work_title")} — expenses claimed ${ukDate(text(row, "claimed"))}`,
      href: `/work-items/${text(row, "work_item_id")}#bursaries`,
      since: text(row, "claimed"),
    })),

  // The Retention review list's "due" filter (src/server/services/people.ts).
  "retention-due": async (db, _actor, d) =>
    (
      await rows(
        db,
        sql`select id, name, retention_review_on::text as due from people
          where retention_review_on <= ${d.today}::date and erased_at is null
          order by retention_review_on, id`,
      )
    ).map((row) => ({
      id: text(row, "id"),
      title: `${text(row, "name")} — review due ${ukDate(text(row, "due"))}`,
      href: "/admin/retention",
      since: text(row, "due"),
    })),

  // Withdrawn consent whose data is still here: contact details, or equality answers.
  "consent-withdrawn": async (db, _actor, d) =>
    (
      await rows(
        db,
        sql`select * from (
            select id, name,
              case when contact_withdrawn_on is not null and (email is not null or phone is not null)
                then contact_withdrawn_on::text end as contact,
              case when equality_withdrawn_on is not null
                  and exists (select 1 from equality_answers a where a.person_id = people.id)
                then equality_withdrawn_on::text end as equality
            from people where erased_at is null
          ) held
          where (contact is not null or equality is not null)
            and least(contact, equality) <= ${d.today}
          order by least(contact, equality), id`,
      )
    ).map((row) => {
      const held = [
        row.contact ? `contact consent withdrawn ${ukDate(row.contact)}, contact details still held` : null,
        row.equality ? `equality consent withdrawn ${ukDate(row.equality)}, answers still held` : null,
      ].filter(Boolean);
      const since = [row.contact, row.equality].filter((date): date is string => Boolean(date)).sort()[0] ?? "";
      return {
        id: text(row, "id"),
        title: `${text(row, "name")} — ${held.join("; ")}`,
        href: `/people/${text(row, "id")}`,
        since,
      };
    }),
};

/** Everything that needs `actor`'s attention on `today`: the groups their role gets, empty ones left out. */
export async function attentionFor(db: Db, actor: Actor, today: string): Promise<Attention> {
  const dates = attentionDates(today);
  const keys = attentionKeysFor(actor.role);
  const found = await Promise.all(keys.map((key) => rules[key](db, actor, dates)));
  const groups = keys
    .map((key, i) => ({ key, title: attentionTitles[key], items: found[i] ?? [] }))
    .filter((group) => group.items.length > 0)
    .map(({ key, title, items }) => ({ key, title, count: items.length, items }));
  return { total: groups.reduce((sum, group) => sum + group.count, 0), groups };
}
