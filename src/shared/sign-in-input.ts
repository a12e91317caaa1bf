import type { FieldError } from "./schemas/common";
import { unstorableFields } from "./storable-text";

/**
 * What signing in asks for, and what each field says when it is wrong. The API's schemas
 * (loginInput, codeInput in schemas/users.ts) are built from these rules; the sign-in page
 * checks with them directly, without zod, because it is the first page anyone loads and
 * stays small (docs/decisions/017-first-load-and-quiet-main-thread.md).
 */
export const signInRules = {
  email: { max: 320, missing: "Enter your email address", tooLong: "An email address has 320 characters or fewer" },
  password: { max: 1024, missing: "Enter your password", tooLong: "A password has 1024 characters or fewer" },
  code: { max: 40, missing: "Enter the code", tooLong: "That is not a code from the app or a recovery code" },
} as const;

export type LoginInput = { email: string; password: string };
export type CodeInput = { code: string };

type Checked<T> = { value: T; errors: FieldError[] };

function check(field: keyof typeof signInRules, value: string): FieldError[] {
  const rule = signInRules[field];
  if (value.length === 0) return [{ path: field, message: rule.missing }];
  if (value.length > rule.max) return [{ path: field, message: rule.tooLong }];
  return [];
}

/** The email (trimmed) and password as the API takes them, or each field's first error. */
export function checkLogin(input: LoginInput): Checked<LoginInput> {
  const value = { email: input.email.trim(), password: input.password };
  const errors = [...check("email", value.email), ...check("password", value.password)];
  return { value, errors: errors.length ? errors : unstorableFields(value) };
}

/** A code (trimmed) as the API takes it, or its error. */
export function checkCode(input: CodeInput): Checked<CodeInput> {
  const value = { code: input.code.trim() };
  const errors = check("code", value.code);
  return { value, errors: errors.length ? errors : unstorableFields(value) };
}
