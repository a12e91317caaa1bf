import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { PaymentsQuery } from "../../shared/schemas/payments";
import { rowsOf } from "../raw-sql";
import { tookPartOnSql } from "./took-part-on";

/** One line of the payments file: an involvement's fee and expenses, or a bursary's expenses. */
export type PaymentDue = {
  /** The involvement's or bursary's id: finance can quote it back. */
  id: string;
  type: "Involvement" | "Bursary";
  personId: string;
  payee: string;
  workItemTitle: string;
  /** The cost centre: the work item's team. */
  teamName: string;
  dueOn: string | null;
  feePence: number | null;
  expensesPence: number;
  totalPence: number;
};

/**
 * The payee reference: the first 8 characters of the person's id, upper case ("P-1A2B3C4D").
 * Stable (ids never change) and meaningless outside the service, so the file carries no contact details.
 */
export const payeeReference = (personId: string) => `P-${personId.slice(0, 8).toUpperCase()}`;

/**
 * What is due for payment, oldest first: involvements whose payment is due (due on the day the
 * person took part: its end date, else its start date, else its work item's) and attended bursaries with expenses
 * claimed and not yet paid (due on the day claimed). A bursary pays its travel, accommodation and
 * care; the ticket is waived, not paid. One query: the file is a few hundred lines at most.
 */
export async function* paymentsDue(db: Db, query: PaymentsQuery): AsyncGenerator<PaymentDue[]> {
  const range: SQL[] = [];
  if (query.from) range.push(sql`due_on >= ${query.from}`);
  if (query.to) range.push(sql`due_on <= ${query.to}`);
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`
    -- The date as text: the drivers would otherwise make it a Date at local midnight.
    select due.*, due.due_on::text as due_text from (
      select i.id, 'Involvement' as type, p.id as person_id, p.name as payee, w.title as work_item_title,
        t.name as team_name, ${tookPartOnSql("i", "w")} as due_on,
        i.fee_pence, coalesce(i.expenses_pence, 0) as expenses_pence,
        coalesce(i.fee_pence, 0) + coalesce(i.expenses_pence, 0) as total_pence
      from involvements i
      join people p on p.id = i.person_id
      join work_items w on w.id = i.work_item_id
      join teams t on t.id = w.team_id
      where i.payment_status = 'due'
      union all
      select b.id, 'Bursary', p.id, p.name, w.title, t.name, b.claimed_on,
        null, b.travel_pence + b.accommodation_pence + b.care_pence,
        b.travel_pence + b.accommodation_pence + b.care_pence
      from bursaries b
      join people p on p.id = b.person_id
      join work_items w on w.id = b.work_item_id
      join teams t on t.id = w.team_id
      where b.status = 'attended' and b.claimed_on is not null and b.paid_on is null
    ) due
    ${range.length ? sql`where ${sql.join(range, sql` and `)}` : sql``}
    order by due_on asc nulls last, type desc, lower(payee), id`,
  );
  const money = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  yield rows.map((row) => ({
    id: String(row.id),
    type: row.type === "Bursary" ? "Bursary" : "Involvement",
    personId: String(row.person_id),
    payee: String(row.payee ?? ""),
    workItemTitle: String(row.work_item_title),
    teamName: String(row.team_name),
    dueOn: row.due_text === null || row.due_text === undefined ? null : String(row.due_text),
    feePence: money(row.fee_pence),
    expensesPence: money(row.expenses_pence) ?? 0,
    totalPence: money(row.total_pence) ?? 0,
  }));
}
