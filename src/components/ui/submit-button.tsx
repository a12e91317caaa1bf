import type { ReactNode } from "react";

/**
 * A form's main button; while the form is being sent it says it is unavailable and does nothing, so
 * the form is sent once. `aria-disabled`, not `disabled`: a disabled button loses the focus to the
 * start of the page, and someone saving by keyboard would have to find their place again.
 */
export function SubmitButton({ disabled, children }: { disabled: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      className="button"
      aria-disabled={disabled || undefined}
      // A click, Enter or Space while sending (Enter in a field clicks it too) submits nothing more.
      onClick={(event) => {
        if (disabled) event.preventDefault();
      }}
    >
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
