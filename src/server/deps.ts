import type { Db } from "../db/database";
import type { SessionUser } from "../shared/schemas/user";

export type Clock = () => Date;

/** Password hashing is passed in: scrypt in Node, Web Crypto in the browser demo. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

export type AppDeps = {
  db: Db;
  passwords: PasswordHasher;
  clock?: Clock;
  /** How long a session lives without being used again. */
  sessionTtlMs?: number;
};

export type AppEnv = { Variables: { user: SessionUser } };
