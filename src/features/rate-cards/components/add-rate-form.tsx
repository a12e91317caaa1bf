import { CreateForm } from "../../../components/ui/create-form";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { formatDate } from "../../../lib/format";
import { formatPence } from "../../../lib/money";
import { calendarDate } from "../../../shared/calendar-date";
import { useAddRate } from "../api/rate-cards";
import { type RateCardFormValues, rateCardFieldOf, rateCardFormSchema } from "../rate-card-form-schema";
import { RateCardFields } from "./rate-card-fields";

const empty = (): RateCardFormValues => ({
  activity: "",
  unit: "session",
  amount: "",
  effectiveFrom: calendarDate(new Date()),
});

/** Admin adds a dated rate: a new rate for an activity takes over from its date, never before. */
export function AddRateForm({ activities }: { activities: readonly string[] }) {
  const add = useAddRate();
  const { form, frame } = useCreateForm({
    schema: rateCardFormSchema,
    empty,
    fieldOf: rateCardFieldOf,
    save: async (values) => {
      const saved = await add.mutateAsync(values);
      return `Added ${formatPence(saved.amountPence)} for ${saved.activity} from ${formatDate(saved.effectiveFrom)}.`;
    },
  });
  return (
    <CreateForm frame={frame} title="Add a rate" submitLabel="Add rate" standalone>
      <RateCardFields form={form} activities={activities} />
    </CreateForm>
  );
}
