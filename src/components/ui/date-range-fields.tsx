import { useId } from "react";

type Range = { from?: string; to?: string };

type Props = Range & {
  /** What the range applies to, read out before the From and To fields. */
  legend: string;
  onChange: (range: Range) => void;
};

/** Two date fields, From and To (YYYY-MM-DD, either may be empty), grouped under a legend. */
export function DateRangeFields({ legend, from, to, onChange }: Props) {
  const id = useId();
  // Typed rather than picked, To can come before From: say so where it happened.
  const backwards = Boolean(from && to && to < from);
  return (
    <fieldset className="field date-range">
      <legend>{legend}</legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from ?? ""}
            max={to}
            onChange={(event) => onChange({ from: event.target.value || undefined, to })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to ?? ""}
            min={from}
            aria-invalid={backwards || undefined}
            aria-describedby={backwards ? `${id}-to-error` : undefined}
            onChange={(event) => onChange({ from, to: event.target.value || undefined })}
          />
          {backwards ? (
            <p className="field__error" id={`${id}-to-error`}>
              The end of the range must be on or after its start
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
