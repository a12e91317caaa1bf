import { sql } from "drizzle-orm";
import type { Db } from "../database";

/**
 * Each demo person's consents as their first history: given when they were added, withdrawn on
 * the day recorded, by the account that added the directory (the first demo lead). Plain SQL over
 * the rows already seeded: it draws nothing from the generator, so every row before it stays.
 */
export async function seedConsentHistory(db: Db, recordedBy: { id: string; name: string }) {
  await db.execute(sql`
    insert into consent_events (person_id, consent, event, "on", recorded_at, recorded_by_id, recorded_by_name)
    select p.id, c.consent, c.event, c.on,
      case when c.event = 'given' then p.created_at else (c.on::timestamp + interval '12 hours') at time zone 'UTC' end,
      ${recordedBy.id}::uuid, ${recordedBy.name}
    from people p
    cross join lateral (values
      ('contact', 'given', p.contact_given_on),
      ('contact', 'withdrawn', p.contact_withdrawn_on),
      ('equalityMonitoring', 'given', p.equality_given_on),
      ('equalityMonitoring', 'withdrawn', p.equality_withdrawn_on),
      ('namedPublicly', 'given', p.named_given_on),
      ('namedPublicly', 'withdrawn', p.named_withdrawn_on)
    ) as c(consent, event, "on")
    where c.on is not null`);
}

/**
 * A few retention reviews already due, so the Retention review page has work on it: the six people
 * added first among those who have not taken part in anything (the people a review is for), due one
 * to six weeks before today.
 */
export async function seedRetentionDue(db: Db, today: string) {
  await db.execute(sql`
    update people set retention_review_on = ${today}::date - (7 * d.n)
    from (
      select p.id, row_number() over (order by p.created_at, p.id)::int as n from people p
      where not exists (select 1 from involvements i where i.person_id = p.id)
        and not exists (select 1 from bursaries b where b.person_id = p.id)
        and not exists (select 1 from equality_answers e where e.person_id = p.id)
    ) d
    where people.id = d.id and d.n <= 6`);
}
