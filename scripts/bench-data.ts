/**
 * The bench dataset, shared by the in-process bench (scripts/bench.ts) and the load run over HTTP
 * (scripts/bench-load.ts): the same rows, made by the same SQL, on PGlite and PostgreSQL.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../src/db/database";
import { migrate } from "../src/db/migrate";
import { loadMigrations } from "../src/db/migrations-node";
import { scryptHasher } from "../src/server/passwords-scrypt";

export const sizes = { workItems: 10_000, people: 20_000, involvements: 100_000, sessions: 2_000, bursaries: 5_000 };
/** The bench accounts: bench1@example.org … bench30@example.org. */
export const benchUsers = 30;
/** Cheap scrypt cost: verify() reads the cost from the stored hash, so a server with the real cost signs these in quickly. */
export const benchPasswords = scryptHasher({ N: 2 ** 10 });
export const benchPassword = "bench-password";
export const benchEmail = (n: number) => `bench${n}@example.org`;

/** "10,000 workItems, 20,000 people, …" */
export const sizesText = () =>
  Object.entries(sizes)
    .map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`)
    .join(", ");

/** A valid (version 4) UUID made from a text, so rows can refer to each other by number. */
export const uuid = (text: string) => {
  const h = `md5(${text})`;
  return `(substr(${h}, 1, 12) || '4' || substr(${h}, 14, 3) || '8' || substr(${h}, 18, 15))::uuid`;
};

/** One statement per table, generated in the database: fast, deterministic, the same SQL on both engines. */
const seedStatements = [
  `insert into teams (id, name) select ${uuid("'team' || i")}, 'Bench team ' || i from generate_series(1, 6) i`,
  `insert into work_items (id, title, kind, team_id, lead_id, start_date, status, summary, version, created_at, updated_at)
   select ${uuid("'wi' || i")},
     'Bench item ' || i || ' ' || (array['alpha','beta','gamma','delta','epsilon'])[1 + i % 5],
     (array['conference','event','research','publication','blog','programme','digital','other'])[1 + i % 8],
     ${uuid("'team' || (1 + i % 6)")}, ${uuid(`'user' || (1 + i % ${benchUsers})`)},
     date '2022-04-01' + (i * 37 % 1825), (array['planned','in_progress','completed','cancelled'])[1 + i % 4],
     'Summary of bench item ' || i, 1, now(), now()
   from generate_series(1, ${sizes.workItems}) i`,
  `insert into involvement_plans (work_item_id, considered, considered_on, level, roles, reason, version, created_at, updated_at)
   select ${uuid("'wi' || i")}, true, date '2022-04-01',
     (array['none','inform','consult','involve','collaborate','co_produce'])[1 + i % 6], '{}',
     case when i % 6 = 0 then 'Not relevant to this work' else '' end, 1, now(), now()
   from generate_series(1, ${sizes.workItems}) i where i % 5 <> 0`,
  `insert into people (id, name, email, perspectives, lived_experience, equality_given_on, version, created_at, updated_at)
   select ${uuid("'p' || i")}, 'Bench person ' || i, 'person' || i || '@example.net',
     array[(array['patient','service_user','carer','public','clinician','manager','academic','policy','other'])[1 + i % 9]],
     case when i % 4 = 0 then array['HIV'] else '{}' end,
     case when i % 3 = 0 then date '2024-01-01' end, 1, now(), now()
   from generate_series(1, ${sizes.people}) i`,
  `insert into equality_answers (person_id, age_band, sex, ethnicity, disability, updated_at)
   select ${uuid("'p' || i")}, (array['16-24','25-34','35-44','45-54','55-64','65+'])[1 + i % 6],
     (array['female','male','prefer_not_to_say'])[1 + i % 3], (array['white','white','white','asian','black','mixed','other'])[1 + i % 7],
     (array['yes','no','no','no'])[1 + i % 4], now()
   from generate_series(1, ${sizes.people}) i where i % 3 = 0`,
  // Conferences are items 8, 16, 24, …: sessions on them, speakers in agenda roles.
  `insert into agenda_sessions (id, work_item_id, title, starts_at, format, version, created_at, updated_at)
   select ${uuid("'s' || i")}, ${uuid(`'wi' || (8 * (1 + i % ${sizes.workItems / 8}))`)}, 'Bench session ' || i,
     timestamptz '2024-06-01 10:00+00' + (i % 600) * interval '1 day',
     (array['keynote','panel','workshop','talk','other'])[1 + i % 5], 1, now(), now()
   from generate_series(1, ${sizes.sessions}) i`,
  `insert into involvements (id, work_item_id, person_id, role, status, ask, expectations, payment_status, version, created_at, updated_at)
   select ${uuid("'inv' || i")}, ${uuid(`'wi' || (1 + i % ${sizes.workItems})`)}, ${uuid(`'p' || (1 + (i * 7919) % ${sizes.people})`)},
     (array['chair','presenter','facilitator','panellist','speaker_adviser','co_researcher','advisory_group','author','blog_contributor','reviewer','website_tester','programme_participant','other'])[1 + i % 13],
     (array['invited','confirmed','took_part','withdrew','declined'])[1 + (i / 13) % 5],
     'What we ask', 'What they can expect', 'not_due', 1, now(), now()
   from generate_series(1, ${sizes.involvements}) i`,
  `insert into bursaries (id, work_item_id, person_id, status, status_history, travel_pence, version, created_at, updated_at)
   select ${uuid("'b' || i")}, ${uuid(`'wi' || (8 * (1 + i % ${sizes.workItems / 8}))`)}, ${uuid("'p' || (9 * (1 + i % 2222))")},
     'applied', '[{"status":"applied","on":"2024-01-01"}]'::jsonb, 2500, 1, now(), now()
   from generate_series(1, ${sizes.bursaries}) i`,
  // A database in use has been vacuumed by autovacuum: measure that steady state, not the
  // minute after a bulk load (index-only scans need the visibility map that vacuum sets).
  "vacuum analyze",
];

/** Migrates an empty database and fills it with the bench data. */
export async function seedBench(db: Db): Promise<void> {
  await migrate(db, loadMigrations());
  const hash = await benchPasswords.hash(benchPassword);
  // Bench user 1 is a manager (who the timed calls run as), 2 events, 3 admin, the rest leads.
  await db.execute(sql`insert into users (id, email, name, role, password_hash)
    select ${sql.raw(uuid("'user' || i"))}, 'bench' || i || '@example.org', 'Bench user ' || i,
      case i when 1 then 'manager' when 2 then 'events' when 3 then 'admin' else 'lead' end, ${hash}
    from generate_series(1, ${benchUsers}) i`);
  for (const statement of seedStatements) await db.execute(sql.raw(statement));
}
