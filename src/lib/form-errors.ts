import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { isProblem } from "./api-client";

/**
 * Puts an API failure where the person will see it: field errors on their fields
 * (focusing the first), anything else as a message above the form. Returns "conflict"
 * for a 409 so the caller can offer the other person's version. Nothing typed is lost.
 */
export function showProblemOnForm<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  error: unknown,
  fieldOf: (path: string) => FieldPath<T> | undefined,
): "conflict" | "shown" {
  if (isProblem(error, 409)) return "conflict";
  if (isProblem(error) && error.errors.length) {
    let focused = false;
    for (const { path, message } of error.errors) {
      const field = fieldOf(path);
      if (field) {
        form.setError(field, { type: "server", message }, { shouldFocus: !focused });
        focused = true;
      } else {
        form.setError("root", { type: "server", message });
      }
    }
    return "shown";
  }
  form.setError("root", {
    type: "server",
    message: isProblem(error) ? error.detail : "Could not save. Please try again.",
  });
  return "shown";
}
