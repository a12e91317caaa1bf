import type { Context } from "hono";
import type { Db } from "../db/database";
import type { SessionUser, SignedInVia } from "../shared/schemas/users";
import type { Logger } from "./log";
import type { SingleSignOnSettings } from "./single-sign-on";
import type { MfaRequired } from "./two-step";

type Clock = () => Date;

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
  /** How long a session lives without being used (default 30 minutes). */
  sessionIdleMs?: number;
  /** How long a session lives at most, used or not (default 12 hours). */
  sessionMaxMs?: number;
  /** Who must use two-step verification (MFA_REQUIRED): they enrol at their next sign-in. Default none. */
  mfaRequired?: MfaRequired;
  /** The address a request came from (for throttling and sign-in records); the Node server reads the socket. */
  clientAddress?: (c: Context) => string;
  /**
   * Browser demo only: also carry the session token in this header, because a page
   * cannot pass cookies to an in-page API (Cookie and Set-Cookie are forbidden headers
   * there). Never set on the Node server.
   */
  sessionHeader?: string;
  /** The app's own origin (PUBLIC_URL), for links it hands out; else the request's. */
  publicUrl?: string;
  /** Behind a proxy (TRUST_PROXY=1): take the scheme and client address from X-Forwarded-Proto / -For. */
  trustProxy?: boolean;
  /** Where log lines go (pino in the Node server); errors only, to the console, by default. */
  log?: Logger;
  /** OpenID Connect single sign-on (OIDC_ISSUER and friends); off when absent. */
  singleSignOn?: SingleSignOnSettings;
  /** The migrations this build carries: /api/ready answers 200 only when every one is applied. Default none. */
  migrations?: readonly string[];
};

/** twoStep: the account has it on; via: how this session began (single sign-on leaves two-step to the provider). */
export type AppEnv = {
  Variables: { user: SessionUser; sessionId: string; twoStep: boolean; via: SignedInVia; requestId: string };
};

/** The deps after defaults: everything but the demo-only session header is present. */
export type RequiredDeps = Required<Omit<AppDeps, "sessionHeader" | "publicUrl" | "singleSignOn" | "trustProxy">> &
  Pick<AppDeps, "sessionHeader" | "publicUrl" | "singleSignOn" | "trustProxy">;
