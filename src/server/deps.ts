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
  /** Counts from 1 to this minus one are never shown (small-number suppression). Default 5. */
  suppressionThreshold?: number;
  /** Equality figures are rounded to the nearest multiple of this (1: not rounded). Default 5. */
  roundingBase?: number;
  /** How long a session lives without being used again. */
  sessionTtlMs?: number;
  /**
   * Browser demo only: also carry the session token in this header, because a page
   * cannot pass cookies to an in-page API (Cookie and Set-Cookie are forbidden headers
   * there). Never set on the Node server.
   */
  sessionHeader?: string;
};

export type AppEnv = { Variables: { user: SessionUser } };

/** The deps after defaults: everything but the demo-only session header is present. */
export type RequiredDeps = Required<Omit<AppDeps, "sessionHeader">> & Pick<AppDeps, "sessionHeader">;
