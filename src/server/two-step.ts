import { generateSecret, generateURI, verify } from "otplib";
import { hashToken, newToken } from "./sessions";

/**
 * Two-step verification with TOTP (RFC 6238) as authenticator apps expect it: a base32 secret,
 * SHA-1, 6 digits, 30-second steps (otplib's defaults), one step of clock drift either way.
 */
export const issuer = "Involvement Tracker";

export const newSecret = () => generateSecret();

export const otpauthUrlFor = (email: string, secret: string) => generateURI({ issuer, label: email, secret });

/** The time step of a valid code, or null. A code from a step already used (lastStep) is refused: good once. */
export async function acceptedStep(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: 30 });
  if (!result.valid || !("timeStep" in result)) return null;
  const step = Number(result.timeStep);
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Ten single-use recovery codes, "xxxxx-xxxxx": shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const raw = newToken()
      .replace(/[^a-z0-9]/gi, "")
      .toLowerCase()
      .slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5, 10)}`;
  });
}

/** A recovery code as typed (any case, with or without the dash), hashed for lookup. */
export const recoveryCodeHash = (code: string) =>
  hashToken(
    code
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ""),
  );

/** Who must have two-step verification (MFA_REQUIRED). */
export type MfaRequired = "none" | "admin" | "all";
export const mustUseTwoStep = (required: MfaRequired, role: string) =>
  required === "all" || (required === "admin" && role === "admin");
