import { useEffect, useRef } from "react";
import { EditForm } from "../../../components/ui/edit-form";
import { useFlash } from "../../../components/ui/flash";
import { useEditForm } from "../../../components/ui/use-edit-form";
import { formatDate } from "../../../lib/format";
import type { RateCard } from "../../../shared/schemas/rate-cards";
import { readRate, useUpdateRate } from "../api/rate-cards";
import { rateCardFieldOf, rateCardFormSchema, rateCardFormValues } from "../rate-card-form-schema";
import { RateCardFields } from "./rate-card-fields";

const editing = { schema: rateCardFormSchema, fieldOf: rateCardFieldOf, toValues: rateCardFormValues };

type Props = { rate: RateCard; activities: readonly string[]; onDone: () => void };

/** Admin corrects a rate, from the version they opened: someone else's change first is a conflict, not overwritten. */
export function EditRateForm({ rate, activities, onDone }: Props) {
  const update = useUpdateRate(rate.id);
  const flash = useFlash();
  const { form, frame } = useEditForm(editing, rateCardFormValues(rate), {
    onSubmit: (changes) => update.mutateAsync({ ...changes, version: rate.version }),
    onSaved: (saved) => {
      flash.show(`Saved the rate for ${saved.activity} from ${formatDate(saved.effectiveFrom)}.`);
      onDone();
    },
    onReloadLatest: () => readRate(rate.id),
  });
  // Opened from a row's Change button below: focus goes to the form, so the keyboard finds it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="plan-section" aria-labelledby="edit-rate-heading">
      <h2 id="edit-rate-heading" ref={heading} tabIndex={-1}>
        Change the rate for {rate.activity} from {formatDate(rate.effectiveFrom)}
      </h2>
      <EditForm frame={frame} what="this rate" legend="The rate">
        <RateCardFields form={form} activities={activities} />
      </EditForm>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Stop editing
      </button>
    </section>
  );
}
