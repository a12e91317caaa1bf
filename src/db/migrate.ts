import { sql } from "drizzle-orm";
import type { Db } from "./database";

export type Migration = { name: string; sql: string };

const breakpoint = "--> statement-breakpoint";

/**
 * Applies committed SQL migrations in name order, each in its own transaction, once.
 * The SQL arrives from the caller so that Node (read from disk) and the browser demo
 * (bundled by Vite) run exactly the same migrations.
 */
export async function migrate(db: Db, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await db.execute(
    sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`,
  );
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    await db.transaction(async (tx) => {
      // Serialises concurrent starts against one PostgreSQL database.
      await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
      const done = await tx.execute(sql`select 1 from schema_migrations where name = ${migration.name}`);
      // Both drivers answer { rows }; drizzle types the raw result as unknown.
      if ((done as unknown as { rows: unknown[] }).rows.length > 0) return;
      for (const statement of migration.sql.split(breakpoint)) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into schema_migrations (name) values (${migration.name})`);
      applied.push(migration.name);
    });
  }
  return applied;
}
