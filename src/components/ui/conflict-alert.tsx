type Props = { what: string; onReload?: (() => void) | undefined };

/** Shown on a 409: the person's edits stay in the form until they choose otherwise. */
export function ConflictAlert({ what, onReload }: Props) {
  return (
    <div className="form-alert form-alert--warning" role="alert">
      <p>
        <strong>Someone else changed {what} since you opened it.</strong> Your changes have not been saved and are still
        in the form.
      </p>
      {onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          Load their version (discards your changes)
        </button>
      ) : null}
    </div>
  );
}
