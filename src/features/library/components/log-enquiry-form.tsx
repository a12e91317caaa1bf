import { z } from "zod";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { calendarDate } from "../../../shared/calendar-date";
import { isoDate } from "../../../shared/schemas/common";
import {
  answeredAfterReceived,
  enquiryChannels,
  libraryEnquiryFields,
  requesterTypes,
} from "../../../shared/schemas/library-enquiry";
import { useLogEnquiry } from "../api/library";
import { optionLabel } from "../labels";

const formSchema = libraryEnquiryFields
  .extend({ answeredOn: z.union([z.literal(""), isoDate]) })
  .superRefine(answeredAfterReceived)
  .transform(({ answeredOn, ...rest }) => ({ ...rest, answeredOn: answeredOn || null }));
type Values = z.input<typeof formSchema>;

const today = () => calendarDate(new Date());
const empty = (): Values => ({
  receivedOn: today(),
  requesterType: "public",
  topic: "",
  channel: "email",
  answeredOn: "",
});

export function LogEnquiryForm() {
  const log = useLogEnquiry();
  const { form, submit, shouldBlock } = useCreateForm({
    schema: formSchema,
    empty,
    save: async (values) => {
      await log.mutateAsync(values);
      return "Logged the enquiry.";
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="work-item-form" onSubmit={submit} noValidate aria-labelledby="log-enquiry-title">
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
      <h2 id="log-enquiry-title">Log an enquiry</h2>
      <FormAlert message={errors.root?.message} />
      <div className="form-row">
        <FormField label="Received on" error={errors.receivedOn?.message} required>
          <input type="date" {...form.register("receivedOn")} />
        </FormField>
        <FormField label="Requester" error={errors.requesterType?.message} required>
          <select {...form.register("requesterType")}>
            {requesterTypes.map((value) => (
              <option key={value} value={value}>
                {optionLabel(value)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Channel" error={errors.channel?.message} required>
          <select {...form.register("channel")}>
            {enquiryChannels.map((value) => (
              <option key={value} value={value}>
                {optionLabel(value)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label="Topic" error={errors.topic?.message} required>
        <input type="text" {...form.register("topic")} />
      </FormField>
      <FormField label="Answered on" error={errors.answeredOn?.message}>
        <input type="date" {...form.register("answeredOn")} />
      </FormField>
      <button type="submit" className="button" disabled={isSubmitting}>
        Log enquiry
      </button>
    </form>
  );
}
