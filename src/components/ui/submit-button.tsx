import type { ReactNode } from "react";

/** A form's main button; disabled while the form is being sent, so it is sent once. */
export function SubmitButton({ disabled, children }: { disabled: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button" disabled={disabled}>
      {children}
    </button>
  );
}

type SaveActionsProps = {
  /** The form is being sent: the button says so and waits. */
  busy: boolean;
  label?: string;
  busyLabel?: string;
  /** Further buttons beside the save button. */
  children?: ReactNode;
};

/** The row under an edit form: its save button ("Save", then "Saving…" while sending) and any others. */
export function SaveActions({ busy, label = "Save", busyLabel = "Saving…", children }: SaveActionsProps) {
  return (
    <div className="form-actions">
      <SubmitButton disabled={busy}>{busy ? busyLabel : label}</SubmitButton>
      {children}
    </div>
  );
}
