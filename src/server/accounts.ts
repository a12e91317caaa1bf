import { isNotNull } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../db/schema";
import type { PasswordHasher } from "./deps";

/** The emails of the accounts whose password is this one (to refuse a published password on a network). */
export async function accountsWithPassword(db: Db, hasher: PasswordHasher, password: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(isNotNull(users.passwordHash));
  const found: string[] = [];
  for (const row of rows)
    if (row.passwordHash && (await hasher.verify(password, row.passwordHash))) found.push(row.email);
  return found;
}
