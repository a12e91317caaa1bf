import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "./form-field";

type Props = {
  ask: UseFormRegisterReturn<"ask">;
  expectations: UseFormRegisterReturn<"expectations">;
  /** The form's errors; those of the two fields are shown on them. */
  errors: Partial<Record<"ask" | "expectations", FieldError>>;
  /** How tall each box is. */
  rows: number;
};

/** An involvement's brief (what we ask of them, what they can expect of us), which confirming needs. */
export function BriefFields({ ask, expectations, errors, rows }: Props) {
  return (
    <>
      <FormField label="What we ask of them" error={errors.ask?.message} hint="Needed before confirming.">
        <textarea rows={rows} {...ask} />
      </FormField>
      <FormField
        label="What they can expect of us"
        error={errors.expectations?.message}
        hint="Needed before confirming."
      >
        <textarea rows={rows} {...expectations} />
      </FormField>
    </>
  );
}
