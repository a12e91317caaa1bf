import { type BaseSyntheticEvent, type RefObject, useRef } from "react";
import { type DefaultValues, type FieldPath, type FieldValues, useForm } from "react-hook-form";
import type { z } from "zod";
import { showProblemOnForm } from "../../lib/form-errors";
import { checkOnSubmit, formResolver } from "../../lib/form-resolver";
import { useFlash } from "./flash";
import { useFocusFirstError } from "./use-focus-first-error";

// Generic over the whole schema: inferring its input and output apart turns the input into `any`.
type Schema = z.ZodType<FieldValues, FieldValues>;

type Options<S extends Schema> = {
  /** The form's view of the shared schema: what is typed in, what the API takes. */
  schema: S;
  /**
   * A blank form. Called again after each save with what was just saved (as typed), so a default
   * like today's date stays fresh and a form can carry over what the next entry likely shares.
   */
  empty: (saved?: z.input<S>) => z.input<S>;
  /** Sends the checked values to the API and returns the message to flash once saved. */
  save: (values: z.output<S>) => Promise<string>;
  /** API field paths → form fields; by default a path that names a field is that field. */
  fieldOf?: (path: string) => FieldPath<z.input<S>> | undefined;
  /** Shown above the form on a 409 (a create has no other version to offer); if unset, nothing is shown. */
  conflictMessage?: string;
  /** Clears whatever the form keeps beside its fields (a picker's search, a chosen name). */
  afterReset?: () => void;
};

/** What the frame of an add form shows and does (see `CreateForm`). */
export type CreateFrame = {
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  shouldBlock: () => boolean;
  /** A failure that belongs to no one field. */
  error: string | undefined;
  busy: boolean;
  /** For the <form>: the first field in error takes the focus after a submit. */
  formRef: RefObject<HTMLFormElement | null>;
};

/**
 * The cycle every small "add" form shares: checked on the shared schema, sent to the
 * API, cleared and confirmed with a flash once saved; the API's field errors land on
 * the fields and what was typed stays. Leaving with unsaved typing is asked about.
 */
export function useCreateForm<S extends Schema>({
  schema,
  empty,
  save,
  fieldOf,
  conflictMessage,
  afterReset,
}: Options<S>) {
  const flash = useFlash();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: formResolver(schema),
    // A whole blank form is a fine default; TypeScript cannot see that for a generic schema.
    defaultValues: empty() as DefaultValues<z.input<S>>,
    ...checkOnSubmit,
  });
  // Read at the moment of leaving, not when the guard last rendered.
  const dirty = useRef(form.formState.isDirty);
  dirty.current = form.formState.isDirty;

  const submit = form.handleSubmit(async (values) => {
    const typed = form.getValues();
    try {
      const message = await save(values);
      form.reset(empty(typed));
      afterReset?.();
      flash.show(message);
    } catch (error) {
      const toField = fieldOf ?? ((path: string) => (path in empty() ? (path as FieldPath<z.input<S>>) : undefined));
      if (showProblemOnForm(form, error, toField) === "conflict" && conflictMessage) {
        form.setError("root", { type: "server", message: conflictMessage });
      }
    }
  });

  const formRef = useFocusFirstError(form.formState);
  const frame: CreateFrame = {
    submit,
    shouldBlock: () => dirty.current,
    error: form.formState.errors.root?.message,
    busy: form.formState.isSubmitting,
    formRef,
  };
  return { form, frame };
}
