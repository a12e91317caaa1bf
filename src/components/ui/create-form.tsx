import { type ReactNode, useId } from "react";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";
import type { CreateFrame } from "./use-create-form";

type Props = {
  frame: CreateFrame;
  /** The form's heading, which names it: "Add a speaker". */
  title: string;
  submitLabel: string;
  /** A form in its own right on the page (a level-2 heading), not one inside a section (level 3). */
  standalone?: boolean;
  children: ReactNode;
};

/** The frame of a `useCreateForm` form: the unsaved-changes guard, its heading, a failure above the fields, the button below. */
export function CreateForm({ frame, title, submitLabel, standalone, children }: Props) {
  const titleId = useId();
  return (
    <form
      ref={frame.formRef}
      className={standalone ? "work-item-form" : "add-involvement"}
      onSubmit={frame.submit}
      noValidate
      aria-labelledby={titleId}
    >
      <UnsavedChangesGuard shouldBlock={frame.shouldBlock} />
      {standalone ? <h2 id={titleId}>{title}</h2> : <h3 id={titleId}>{title}</h3>}
      <FormAlert message={frame.error} />
      {children}
      <SubmitButton disabled={frame.busy}>{submitLabel}</SubmitButton>
    </form>
  );
}
