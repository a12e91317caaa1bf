import { useId } from "react";

type Range = { from?: string; to?: string };

type Props = Range & {
  /** What the range applies to, read out before the From and To fields. */
  legend: string;
  /** The first and last days a date picker offers (YYYY-MM-DD), where the range has bounds. */
  earliest?: string;
  latest?: string;
  onChange: (range: Range) => void;
};

/**
 * Two date fields, From and To (YYYY-MM-DD, either may be empty), grouped under a legend.
 *
 * In a filter bar the legend stands where the other filters have their labels, and From and To
 * sit beside their fields, so the block is as tall as a select beside it (styles.css, "Reflow").
 */
export function DateRangeFields({ legend, from, to, earliest, latest, onChange }: Props) {
  const id = useId();
  // Typed rather than picked, To can come before From, or a day fall outside the bounds: say so where it happened.
  const backwards = Boolean(from && to && to < from);
  const outside = (day: string | undefined) =>
    Boolean(day && ((earliest && day < earliest) || (latest && day > latest)));
  const bounds = earliest && latest ? `Use a date from ${earliest.slice(0, 4)} to ${latest.slice(0, 4)}` : "";
  const fromError = outside(from) ? `From: ${bounds}` : "";
  const toError = outside(to) ? `To: ${bounds}` : backwards ? "The end of the range must be on or after its start" : "";
  return (
    <fieldset className={fromError || toError ? "field date-range date-range--invalid" : "field date-range"}>
      <legend>{legend}</legend>
      <div className="date-range__fields">
        <div className="date-range__field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from ?? ""}
            min={earliest}
            max={to ?? latest}
            aria-invalid={Boolean(fromError) || undefined}
            aria-describedby={fromError ? `${id}-from-error` : undefined}
            onChange={(event) => onChange({ from: event.target.value || undefined, to })}
          />
        </div>
        <div className="date-range__field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to ?? ""}
            min={from ?? earliest}
            max={latest}
            aria-invalid={Boolean(toError) || undefined}
            aria-describedby={toError ? `${id}-to-error` : undefined}
            onChange={(event) => onChange({ from, to: event.target.value || undefined })}
          />
        </div>
      </div>
      {fromError ? (
        <p className="field__error" id={`${id}-from-error`}>
          {fromError}
        </p>
      ) : null}
      {toError ? (
        <p className="field__error" id={`${id}-to-error`}>
          {toError}
        </p>
      ) : null}
    </fieldset>
  );
}
