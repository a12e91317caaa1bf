import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The password rules beyond length (which the shared schema checks): not one of the common
 * passwords that attackers try first, and not the person's own email name. Server-only: the
 * list (about 49,000 passwords) stays out of the browser bundle.
 */
const common = new Set<string>(dictionary["passwords-common"]);

/** Why a password is refused, in plain words, or null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < 12) return "Use at least 12 characters.";
  if (common.has(password.toLowerCase())) return "This is one of the most common passwords: choose another.";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local))
    return "Do not use your email address in your password.";
  return null;
}
