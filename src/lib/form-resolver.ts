import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, ResolverResult } from "react-hook-form";
import { unstorableFields } from "../shared/storable-text";

/** Puts an error at a dotted path ("people.1.name") in react-hook-form's nested errors. */
function setError(errors: Record<string, unknown>, path: string, message: string) {
  const keys = path.split(".");
  let at = errors;
  for (const key of keys.slice(0, -1)) {
    at[key] = (at[key] as Record<string, unknown> | undefined) ?? {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1) as string] ??= { type: "storable", message };
}

/**
 * zodResolver with the server's rule on text it cannot store (storable-text.ts) checked as well, so
 * a form says "contains characters that cannot be stored" on the field before anything is sent.
 */
export const formResolver = ((...args: Parameters<typeof zodResolver>) => {
  const base = zodResolver(...args);
  return async (values: FieldValues, context: unknown, options: Parameters<typeof base>[2]) => {
    const result = (await base(values, context, options)) as ResolverResult<FieldValues>;
    const unstorable = unstorableFields(values);
    if (unstorable.length === 0) return result;
    const errors = { ...result.errors } as Record<string, unknown>;
    for (const { path, message } of unstorable) setError(errors, path, message);
    return { values: {}, errors: errors as FieldErrors<FieldValues> };
  };
  // The wrapper keeps zodResolver's own (overloaded, generic) signature for every form.
}) as typeof zodResolver;

/**
 * When every form checks its fields: on submit first, then as each is corrected. Not when a field is
 * left (`onTouched`): the error that appears then moves the fields below, and a mouse press on Save
 * just after was lost between its down and up (the press lands on whatever moved under it).
 */
export const checkOnSubmit = { mode: "onSubmit", reValidateMode: "onChange" } as const;
