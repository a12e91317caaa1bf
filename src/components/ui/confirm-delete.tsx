import { type ReactNode, useState } from "react";
import { isProblem } from "../../lib/api-client";
import { ConfirmDialog } from "./dialog";

type Deletion<T> = {
  /** What the open confirmation is about; null while none is open. */
  target: T | null;
  /** The last failure, shown until the next confirmation is tried. */
  error: string | null;
  busy: boolean;
  ask: (target: T) => void;
  cancel: () => void;
  confirm: () => Promise<void>;
};

/**
 * The "delete after a confirmation" flow: `ask` opens it, and confirming runs `remove`
 * (the mutation plus whatever follows a success, such as a flash message). The dialog
 * closes either way; a failure keeps the API's reason, or `failure` when it gave none.
 */
export function useConfirmedDelete<T>(
  remove: (target: T) => Promise<unknown>,
  failure = "Could not delete. Please try again.",
): Deletion<T> {
  const [target, setTarget] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (target === null) return;
    setError(null);
    setBusy(true);
    try {
      await remove(target);
    } catch (problem) {
      setError(isProblem(problem) ? problem.detail : failure);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };

  return { target, error, busy, ask: (next) => setTarget(() => next), cancel: () => setTarget(null), confirm };
}

type Props<T> = {
  deletion: Deletion<T>;
  title: string;
  confirmLabel: string;
  /** The button that keeps the record: "Keep it" unless said otherwise ("Keep them"). */
  cancelLabel?: string;
  /** The dialog's body, naming what will go (given the target, where it depends on which). */
  children: ReactNode | ((target: T) => ReactNode);
};

/** The danger-toned confirmation for a `useConfirmedDelete`; nothing while none is asked. */
export function ConfirmDelete<T>({ deletion, title, confirmLabel, cancelLabel = "Keep it", children }: Props<T>) {
  if (deletion.target === null) return null;
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      tone="danger"
      busy={deletion.busy}
      onConfirm={deletion.confirm}
      onCancel={deletion.cancel}
    >
      {typeof children === "function" ? children(deletion.target) : children}
    </ConfirmDialog>
  );
}

/** Why the last delete failed; placed by each caller where the person will see it. */
export function DeleteError({ error }: { error: string | null }) {
  return error ? (
    <p className="form-alert" role="alert">
      {error}
    </p>
  ) : null;
}

/** Why the last delete failed, then the confirmation: for a caller that shows both in one place. */
export function DeleteConfirmation<T>(props: Props<T>) {
  return (
    <>
      <DeleteError error={props.deletion.error} />
      <ConfirmDelete {...props} />
    </>
  );
}
