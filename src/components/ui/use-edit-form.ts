import { type BaseSyntheticEvent, type RefObject, useRef } from "react";
import { type DefaultValues, type FieldPath, type FieldValues, useForm } from "react-hook-form";
import type { z } from "zod";
import { checkOnSubmit, formResolver } from "../../lib/form-resolver";
import { useFocusFirstError } from "./use-focus-first-error";
import { useSaveFlow } from "./use-save-flow";

// Generic over the whole schema: inferring its input and output apart turns the input into `any`.
type Schema = z.ZodType<FieldValues, FieldValues>;

/** What makes one resource's edit form, declared once beside it. */
type EditDefinition<S extends Schema, R> = {
  /** The form's view of the shared schema: what is typed in, what the API takes. */
  schema: S;
  /** API field paths → form fields. */
  fieldOf: (path: string) => FieldPath<z.input<S>> | undefined;
  /** A saved (or reloaded) record, as the form shows it. */
  toValues: (saved: R) => z.input<S>;
};

/** What the page gives an edit form: how to save, what follows a save, where the other version is. */
export type EditHandlers<O, R> = {
  /** Saves; resolves with what was saved, or throws the API's problem. */
  onSubmit: (values: O) => Promise<R>;
  /** Called after a successful save, once the form is clean (safe to navigate). */
  onSaved?: ((saved: R) => void) | undefined;
  /** For a 409: fetches the other person's version, offered to load instead of the edits. */
  onReloadLatest?: (() => Promise<R>) | undefined;
};

/** What the frame of an edit form shows and does (see `EditForm`). */
export type EditFrame = {
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  shouldBlock: () => boolean;
  /** A 409 was met: someone else saved first. */
  conflict: boolean;
  /** Loads the other person's version; unset when there is no way to fetch it. */
  reload: (() => void) | undefined;
  /** A failure that belongs to no one field. */
  error: string | undefined;
  busy: boolean;
  /** For the <form>: the first field in error takes the focus after a submit. */
  formRef: RefObject<HTMLFormElement | null>;
};

/**
 * An edit form on the shared schema with the save cycle of `useSaveFlow`: checked when sent, then as
 * each field is corrected; sent, reset to what was saved; the API's field errors land on the fields,
 * a 409 offers the other person's version, and leaving with unsaved changes is asked about.
 */
export function useEditForm<S extends Schema, R>(
  { schema, fieldOf, toValues }: EditDefinition<S, R>,
  /** What the form opens with. */
  values: z.input<S>,
  { onSubmit, onSaved, onReloadLatest }: EditHandlers<z.output<S>, R>,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: formResolver(schema),
    // The values of a generic schema; TypeScript cannot see that they are whole.
    defaultValues: values as DefaultValues<z.input<S>>,
    ...checkOnSubmit,
  });
  const flow = useSaveFlow(form, fieldOf);
  const saved = useRef<{ record: R } | null>(null);

  const submit = form.handleSubmit((checked) =>
    flow.save(
      async () => {
        saved.current = { record: await onSubmit(checked) };
        return toValues(saved.current.record);
      },
      onSaved ? () => saved.current && onSaved(saved.current.record) : undefined,
    ),
  );

  const formRef = useFocusFirstError(form.formState);
  const frame: EditFrame = {
    submit,
    shouldBlock: flow.shouldBlock,
    conflict: flow.conflict,
    reload: onReloadLatest ? () => void flow.reload(async () => toValues(await onReloadLatest())) : undefined,
    error: form.formState.errors.root?.message,
    busy: form.formState.isSubmitting,
    formRef,
  };
  return { form, frame };
}
