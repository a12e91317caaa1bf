import { useQuery } from "@tanstack/react-query";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { formatDate } from "../../../lib/format";
import { formatPence, penceToPounds, poundsText, poundsToPence } from "../../../lib/money";
import { calendarDate } from "../../../shared/calendar-date";
import { isIsoDate } from "../../../shared/choices";
import type { RateUnit } from "../../../shared/rate-units";
import { paymentStatuses, paymentStatusLabels } from "../../../shared/schemas/involvements";
import { rateCardsQuery, suggestedFeeQuery } from "../api/involvements";
import type { InvolvementChanges, InvolvementFormInput } from "../involvement-form-schema";

const unitWords: Record<RateUnit, string> = { hour: "hours", session: "sessions", day: "days" };

type Props = { form: UseFormReturn<InvolvementFormInput, unknown, InvolvementChanges> };

/**
 * The money: the rate card activity and quantity, the fee the rate in force on the involvement's
 * date suggests, the fee itself (always editable) and, when it differs from the suggestion, why.
 */
export function FeeFields({ form }: Props) {
  const { errors } = form.formState;
  const [activity, quantityText, startDate, fee, feeReason, paymentStatus] = useWatch({
    control: form.control,
    name: ["rateActivity", "quantity", "startDate", "fee", "feeReason", "paymentStatus"],
  });
  const rates = useQuery(rateCardsQuery()).data?.items ?? [];
  // The rate in force on the involvement's date (today while it has none): newest first per activity.
  const on = isIsoDate(startDate) ? startDate : calendarDate(new Date());
  const quantity = /^\d+(\.\d{1,2})?$/.test(quantityText.trim()) ? Number(quantityText) : 0;
  const latest = rates.find((rate) => rate.activity === activity);
  const inForce = rates.find((rate) => rate.activity === activity && rate.effectiveFrom <= on);
  const suggestion = useQuery({
    ...suggestedFeeQuery({ activity, quantity, on }),
    enabled: inForce !== undefined && quantity > 0,
  });
  const suggested = inForce && quantity > 0 ? (suggestion.data ?? null) : null;
  const rate = suggested ? rates.find((r) => r.id === suggested.rateCardId) : undefined;

  const activities = [...new Set([...rates.map((r) => r.activity), ...(activity ? [activity] : [])])].sort();
  const feePence = poundsText.safeParse(fee).success ? poundsToPence(fee) : undefined;
  const differs = suggested !== null && paymentStatus !== "declined" && feePence !== suggested.amountPence;
  const showReason = differs || feeReason.trim() !== "" || errors.feeReason !== undefined;

  const takeSuggested = () => {
    if (!suggested) return;
    form.setValue("fee", penceToPounds(suggested.amountPence), { shouldDirty: true, shouldValidate: true });
    // The fee is now the suggestion: a reason asked for earlier no longer is.
    form.clearErrors("feeReason");
  };

  return (
    <fieldset>
      <legend>Fee</legend>
      <div className="form-row">
        <FormField label="Activity" error={errors.rateActivity?.message} hint="From the rate cards: suggests the fee.">
          <select {...form.register("rateActivity")}>
            <option value="">None</option>
            <Options values={activities} labels={(value) => value} />
          </select>
        </FormField>
        <FormField
          label="Quantity"
          error={errors.quantity?.message}
          hint={latest ? `How many ${unitWords[latest.unit]}.` : "How many of the activity's unit."}
        >
          <input type="text" inputMode="decimal" {...form.register("quantity")} />
        </FormField>
      </div>
      <div role="status">
        {!activity ? null : quantity <= 0 ? (
          <p>Enter the quantity to see the suggested fee.</p>
        ) : !inForce ? (
          <p>
            No rate for {activity} is in force on {formatDate(on)}.
          </p>
        ) : suggested && rate ? (
          <p>
            Suggested fee: <strong>{formatPence(suggested.amountPence)}</strong> ({rate.activity}, rate from{" "}
            {formatDate(rate.effectiveFrom)})
          </p>
        ) : suggestion.isError ? (
          <p>The suggested fee could not be worked out.</p>
        ) : (
          <p>Working out the suggested fee…</p>
        )}
      </div>
      {/* Outside the status region: a live region re-reads all it holds on each change. */}
      {activity && quantity > 0 && inForce && suggested && rate ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={takeSuggested}
            disabled={feePence === suggested.amountPence}
          >
            Use suggested fee
          </button>
        </p>
      ) : null}
      <div className="form-row">
        <FormField label="Fee (£)" error={errors.fee?.message}>
          <input type="text" inputMode="decimal" {...form.register("fee")} />
        </FormField>
        <FormField label="Expenses (£)" error={errors.expenses?.message}>
          <input type="text" inputMode="decimal" {...form.register("expenses")} />
        </FormField>
        <FormField
          label="Payment status"
          error={errors.paymentStatus?.message}
          required
          hint="Declined: they chose not to be paid."
        >
          <select {...form.register("paymentStatus")}>
            <Options values={paymentStatuses} labels={paymentStatusLabels} />
          </select>
        </FormField>
      </div>
      {showReason ? (
        <FormField
          label="Reason the fee differs"
          error={errors.feeReason?.message}
          required={differs}
          hint={differs ? "Needed: the fee is not the suggested one." : undefined}
        >
          <textarea rows={2} {...form.register("feeReason")} />
        </FormField>
      ) : null}
    </fieldset>
  );
}
