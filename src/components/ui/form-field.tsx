import { cloneElement, type ReactElement, useId } from "react";

type ControlProps = {
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

type Props = {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: ReactElement<ControlProps>;
};

/** A visible label, an optional hint and the field's error, wired to the control for screen readers. */
export function FormField({ label, error, hint, required, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The label stays the plain name people look for; "Optional" goes in the hint.
  const hintText = [required ? null : "Optional.", hint].filter(Boolean).join(" ");
  const describedBy = [hintText ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hintText ? (
        <p className="field__hint" id={hintId}>
          {hintText}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
    </div>
  );
}
