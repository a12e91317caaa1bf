import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props<V extends string> = UseFormRegisterReturn & {
  legend: string;
  values: readonly V[];
  labels: Readonly<Record<NoInfer<V>, string>>;
  error?: string | undefined;
};

/**
 * A field that holds several of a fixed list of values: one labelled checkbox each, under a
 * legend. Registered like an input: `<CheckboxGroup … {...form.register("roles")} />`.
 */
export function CheckboxGroup<V extends string>({ legend, values, labels, error, ...registration }: Props<V>) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="checkbox-group__items">
        {values.map((value) => (
          <div className="field--checkbox" key={value}>
            <input id={`${id}-${value}`} type="checkbox" value={value} {...registration} />
            <label htmlFor={`${id}-${value}`}>{labels[value]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
