import { z } from "zod";
import { roles } from "../choices";
import { signInRules } from "../sign-in-input";
import { id } from "./common";

export const role = z.enum(roles, { error: `Must be one of: ${roles.join(", ")}` });
// Defined without zod (../choices: the signed-in shell shows the role without the schemas); kept here too.
export { type Role, roleLabels, roles } from "../choices";

/** The signed-in user as the API returns it: never a password hash or token. */
export const sessionUser = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role,
});
export type SessionUser = z.infer<typeof sessionUser>;

export const userSummary = z.object({ id, name: z.string(), role });
export type UserSummary = z.infer<typeof userSummary>;

const { email: emailRule, password: passwordRule, code: codeRule } = signInRules;

export const loginInput = z.object({
  email: z.string({ error: emailRule.missing }).trim().min(1, emailRule.missing).max(emailRule.max, emailRule.tooLong),
  password: z
    .string({ error: passwordRule.missing })
    .min(1, passwordRule.missing)
    .max(passwordRule.max, passwordRule.tooLong),
});
export type { LoginInput } from "../sign-in-input";

/**
 * A new password: long enough to matter. The server also refuses common passwords and ones
 * containing the email's name (src/server/password-policy.ts: the list stays out of the browser).
 */
export const newPassword = z
  .string({ error: "Enter a password" })
  .min(12, "Use at least 12 characters")
  .max(1024, "Use at most 1,024 characters");

const email = z.email("Enter a valid email address").max(320);
const name = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(200);

/** Accounts created from the command line. */
export const newUserInput = z.object({ email, name, role, password: newPassword });

/** An account created by an admin: the person sets their own password through a link. */
export const createUserInput = z.object({ email, name, role });
export type CreateUserInput = z.infer<typeof createUserInput>;

/** An admin's change to an account; version is the one last read (a stale one gets 409). */
export const updateUserInput = z.object({
  name: name.optional(),
  role: role.optional(),
  disabled: z.boolean({ error: "Must be true or false" }).optional(),
  version: z.number({ error: "Send the version you last read" }).int().min(1),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

/** How a session began: a password (and a code), or single sign-on (the provider does the second step). */
export const signedInWays = ["password", "sso"] as const;
export type SignedInVia = (typeof signedInWays)[number];

// Defined without zod (../choices: the sign-in page's URL is parsed on the first load); kept here too.
export { type SignOnRefusal, signOnRefusals } from "../choices";

/** How a person signs in: local (a password here), single sign-on, both, or not yet (no password set). */
const signInMethods = ["local", "sso", "both", "none"] as const;

/** An account as admin sees it on the Users page. */
export const adminUser = userSummary.extend({
  email: z.string(),
  disabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  mfa: z.boolean(),
  version: z.number().int(),
  signIn: z.enum(signInMethods),
});
export type AdminUser = z.infer<typeof adminUser>;

/** A single-use link to set a password: passed on by the admin (no email server is assumed). */
export const setPasswordLink = z.object({ setPasswordUrl: z.string() });

export const setPasswordInput = z.object({
  token: z.string({ error: "The link is missing its token" }).min(1, "The link is missing its token").max(200),
  password: newPassword,
});

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(1024),
  password: newPassword,
});

/** One of your own sessions: never its token. */
export const accountSession = z.object({
  id,
  createdAt: z.string(),
  lastUsedAt: z.string(),
  current: z.boolean(),
});

export const signInOutcomes = ["success", "failure", "throttled", "signed_out", "timed_out"] as const;
export const signInOutcomeLabels: Record<(typeof signInOutcomes)[number], string> = {
  success: "Signed in",
  failure: "Sign-in failed",
  throttled: "Refused: too many attempts",
  signed_out: "Signed out",
  timed_out: "Timed out",
};

/** Why a sign-in failed, as recorded (a code, never what was typed). */
export const failureReasonLabels: Record<string, string> = {
  unknown_email: "no such account",
  wrong_password: "wrong password",
  disabled: "account disabled",
  no_password: "no password set yet",
  wrong_code: "wrong two-step code",
  sso_failed: "single sign-on did not finish",
  email_not_verified: "email not verified by the identity provider",
};

/** One recorded sign-in event, for admin. */
export const signInRecord = z.object({
  at: z.string(),
  userId: id.nullable(),
  name: z.string().nullable(),
  email: z.string(),
  outcome: z.enum(signInOutcomes),
  reason: z.string().nullable(),
  address: z.string(),
});

/** Two-step verification being set up: the secret as text and as an otpauth:// link (for the QR code). */
export const twoStepSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TwoStepSetup = z.infer<typeof twoStepSetup>;

/** A code from the authenticator app (6 digits), or at sign-in also a recovery code. */
export const codeInput = z.object({
  code: z.string({ error: codeRule.missing }).trim().min(1, codeRule.missing).max(codeRule.max, codeRule.tooLong),
});
export type { CodeInput } from "../sign-in-input";

export const passwordConfirmInput = z.object({
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024),
});

/** Whether you have two-step verification, and whether your role must. */
export const twoStepStatus = z.object({ enabled: z.boolean(), required: z.boolean() });
export type TwoStepStatus = z.infer<typeof twoStepStatus>;

/** What sign-in answers: signed in, or (with two-step verification) a code is needed first. */
export const signInResult = z.union([z.object({ user: sessionUser }), z.object({ mfaRequired: z.literal(true) })]);
