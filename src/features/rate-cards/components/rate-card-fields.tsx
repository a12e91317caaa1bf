import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { rateUnitLabels, rateUnits } from "../../../shared/rate-units";
import type { RateCardChanges, RateCardFormValues } from "../rate-card-form-schema";

type Props = {
  form: UseFormReturn<RateCardFormValues, unknown, RateCardChanges>;
  /** The activities there are already, offered as suggestions (a new one may be typed). */
  activities: readonly string[];
};

/** A rate's fields, the same in the add and edit forms. */
export function RateCardFields({ form, activities }: Props) {
  const { errors } = form.formState;
  const listId = useId();
  return (
    <>
      <div className="form-row">
        <FormField label="Activity" error={errors.activity?.message} required hint="For example: Half day.">
          <input type="text" list={listId} {...form.register("activity")} />
        </FormField>
        <datalist id={listId}>
          <Options values={activities} labels={(value) => value} />
        </datalist>
        <FormField label="Unit" error={errors.unit?.message} required>
          <select {...form.register("unit")}>
            <Options values={rateUnits} labels={rateUnitLabels} />
          </select>
        </FormField>
      </div>
      <div className="form-row">
        <FormField label="Amount (£)" error={errors.amount?.message} required hint="Per unit, like 75 or 82.50.">
          <input type="text" inputMode="decimal" {...form.register("amount")} />
        </FormField>
        <FormField
          label="Effective from"
          error={errors.effectiveFrom?.message}
          required
          hint="Involvements on or after this date are offered this rate."
        >
          <input type="date" {...form.register("effectiveFrom")} />
        </FormField>
      </div>
    </>
  );
}
