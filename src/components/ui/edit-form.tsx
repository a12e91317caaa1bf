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
  /** The fields are shown but cannot be changed, and there is nothing to save. */
  readOnly?: boolean | undefined;
  children: ReactNode;
};

/** The frame of a `useEditForm` form: the unsaved-changes guard, the conflict and other failures above, the save row below. */
export function EditForm({ frame, what, legend, readOnly, children }: Props) {
  return (
    <form className="work-item-form" onSubmit={frame.submit} noValidate>
      <UnsavedChangesGuard shouldBlock={frame.shouldBlock} />
      {frame.conflict ? <ConflictAlert what={what} onReload={frame.reload} /> : null}
      <FormAlert message={frame.error} />
      <fieldset disabled={readOnly} className="work-item-form__fields">
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
      {readOnly ? null : <SaveActions busy={frame.busy} />}
    </form>
  );
}
