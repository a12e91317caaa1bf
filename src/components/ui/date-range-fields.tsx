import { useId } from "react";

type Range = { from?: string; to?: string };

type Props = Range & {
  /** What the range applies to, read out before the From and To fields. */
  legend: string;
  onChange: (range: Range) => void;
};

/**
 * Two date fields, From and To (YYYY-MM-DD, either may be empty), grouped under a legend.
 *
 * In a filter bar the legend stands where the other filters have their labels, and From and To
 * sit beside their fields, so the block is as tall as a select beside it (styles.css, "Reflow").
 */
export function DateRangeFields({ legend, from, to, onChange }: Props) {
  const id = useId();
  // Typed rather than picked, To can come before From: say so where it happened.
  const backwards = Boolean(from && to && to < from);
  return (
    <fieldset className={backwards ? "field date-range date-range--invalid" : "field date-range"}>
      <legend>{legend}</legend>
      <div className="date-range__fields">
        <div className="date-range__field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from ?? ""}
            max={to}
            onChange={(event) => onChange({ from: event.target.value || undefined, to })}
          />
        </div>
        <div className="date-range__field">
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
        </div>
      </div>
      {backwards ? (
        <p className="field__error" id={`${id}-to-error`}>
          The end of the range must be on or after its start
        </p>
      ) : null}
    </fieldset>
  );
}
