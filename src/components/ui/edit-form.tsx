import type { ReactNode } from "react";
import { ConflictAlert } from "./conflict-alert";
import { FormAlert } from "./form-alert";
import { SaveActions } from "./submit-button";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";
import type { EditFrame } from "./use-edit-form";

type Props = {
  frame: EditFrame;
  /** Names the record in the conflict alert: "this work item". */
  what: string;
  /** Names the fields for screen readers. */
  legend: string;
  children: ReactNode;
};

/**
 * The frame of a `useEditForm` form: the unsaved-changes guard, the conflict and other failures above, the save row below.
 * Only for a role that may change the record: one that may not reads a summary instead (see `summary-list`), never
 * greyed-out fields.
 */
export function EditForm({ frame, what, legend, children }: Props) {
  return (
    <form ref={frame.formRef} className="work-item-form" onSubmit={frame.submit} noValidate>
      <UnsavedChangesGuard shouldBlock={frame.shouldBlock} />
      {frame.conflict ? <ConflictAlert what={what} onReload={frame.reload} /> : null}
      <FormAlert message={frame.error} />
      <fieldset className="work-item-form__fields">
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
      <SaveActions busy={frame.busy} />
    </form>
  );
}
