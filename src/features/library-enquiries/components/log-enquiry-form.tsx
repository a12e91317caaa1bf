import { z } from "zod";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { calendarDate } from "../../../shared/calendar-date";
import { isoDate } from "../../../shared/schemas/common";
import {
  answeredAfterReceived,
  enquiryChannels,
  libraryEnquiryFields,
  requesterTypes,
} from "../../../shared/schemas/library-enquiries";
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
  const { form, frame } = useCreateForm({
    schema: formSchema,
    empty,
    save: async (values) => {
      await log.mutateAsync(values);
      return "Logged the enquiry.";
    },
  });
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Log an enquiry" submitLabel="Log enquiry" standalone>
      <div className="form-row">
        <FormField label="Received on" error={errors.receivedOn?.message} required>
          <input type="date" {...form.register("receivedOn")} />
        </FormField>
        <FormField label="Requester" error={errors.requesterType?.message} required>
          <select {...form.register("requesterType")}>
            <Options values={requesterTypes} labels={optionLabel} />
          </select>
        </FormField>
        <FormField label="Channel" error={errors.channel?.message} required>
          <select {...form.register("channel")}>
            <Options values={enquiryChannels} labels={optionLabel} />
          </select>
        </FormField>
      </div>
      <FormField label="Topic" error={errors.topic?.message} required>
        <input type="text" {...form.register("topic")} />
      </FormField>
      <FormField label="Answered on" error={errors.answeredOn?.message}>
        <input type="date" {...form.register("answeredOn")} />
      </FormField>
    </CreateForm>
  );
}
