import { useEffect, useRef, useState } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { showProblemOnForm } from "../../lib/form-errors";

/**
 * The save cycle every edit form shares: after a successful save the form is reset to
 * what the server returned (and leaving right away is not blocked); a failure puts the
 * API's field errors on the fields; a 409 raises `conflict` until the person reloads.
 */
export function useSaveFlow<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  fieldOf: (path: string) => FieldPath<T> | undefined,
) {
  const { isDirty } = form.formState;
  const [conflict, setConflict] = useState(false);
  // Read at the moment of leaving: a save that navigates straight away must not be asked about.
  const saved = useRef(false);
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  useEffect(() => {
    if (!isDirty) saved.current = false;
  }, [isDirty]);

  const save = async (write: () => Promise<T>, afterReset?: () => void) => {
    setConflict(false);
    try {
      const fresh = await write();
      saved.current = true;
      form.reset(fresh);
      afterReset?.();
    } catch (error) {
      if (showProblemOnForm(form, error, fieldOf) === "conflict") setConflict(true);
    }
  };

  const reload = async (load: () => Promise<T>) => {
    form.reset(await load());
    setConflict(false);
  };

  return { conflict, save, reload, shouldBlock: () => dirty.current && !saved.current };
}
