import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { z } from "zod";
import { FormField } from "../../../components/ui/form-field";

/** The new password typed again, for a form's schema: `.extend(confirmField).refine(...passwordsMatch(m))`. */
export const confirmField = { confirm: z.string() };
export const passwordsMatch = (message: string) =>
  [
    (values: { password: string; confirm: string }) => values.confirm === values.password,
    { path: ["confirm"] as PropertyKey[], message },
  ] as const;

type Props = {
  password: UseFormRegisterReturn<"password">;
  confirm: UseFormRegisterReturn<"confirm">;
  /** The form's errors; those of the two fields are shown on them. */
  errors: Partial<Record<"password" | "confirm", FieldError>>;
};

/** A new password and the same again, with the rules said before they are broken. */
export function NewPasswordFields({ password, confirm, errors }: Props) {
  return (
    <>
      <FormField
        label="New password"
        hint="At least 12 characters. Not a common password, and not your email address."
        error={errors.password?.message}
        required
      >
        <input type="password" autoComplete="new-password" {...password} />
      </FormField>
      <FormField label="New password again" error={errors.confirm?.message} required>
        <input type="password" autoComplete="new-password" {...confirm} />
      </FormField>
    </>
  );
}
