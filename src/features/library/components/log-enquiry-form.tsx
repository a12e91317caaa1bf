import { zodResolver } from "@hookform/resolvers/zod";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useFlash } from "../../../components/ui/flash";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { showProblemOnForm } from "../../../lib/form-errors";
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

const today = () => new Date().toISOString().slice(0, 10);
const empty = (): Values => ({
  receivedOn: today(),
  requesterType: "public",
  topic: "",
  channel: "email",
  answeredOn: "",
});

export function LogEnquiryForm() {
  const log = useLogEnquiry();
  const flash = useFlash();
  const form = useForm<Values, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: empty(),
    mode: "onTouched",
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const dirty = useRef(isDirty);
  dirty.current = isDirty;

  const submit = form.handleSubmit(async (values) => {
    try {
      await log.mutateAsync(values);
      form.reset(empty());
      flash.show("Logged the enquiry.");
    } catch (error) {
      showProblemOnForm(form, error, (path) => (path in empty() ? (path as keyof Values) : undefined));
    }
  });

  return (
    <form className="work-item-form" onSubmit={submit} noValidate aria-labelledby="log-enquiry-title">
      <UnsavedChangesGuard shouldBlock={() => dirty.current} />
      <h2 id="log-enquiry-title">Log an enquiry</h2>
      {errors.root ? (
        <div className="form-alert" role="alert">
          {errors.root.message}
        </div>
      ) : null}
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
