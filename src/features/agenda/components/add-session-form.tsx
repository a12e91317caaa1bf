import { z } from "zod";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { ukDateTimeToIso } from "../../../lib/format";
import { sessionFields, sessionFormatLabels, sessionFormats } from "../../../shared/schemas/agenda";
import { isoDate } from "../../../shared/schemas/common";
import { useAddSession } from "../api/agenda";

/** The form's view of the shared session schema: the start as a UK date and time, sent as one instant. */
const formSchema = z
  .object({
    title: sessionFields.shape.title,
    date: z.string().min(1, "Enter the date").pipe(isoDate),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time"),
    format: sessionFields.shape.format,
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, startsAt: ukDateTimeToIso(date, time) }));
type Values = z.input<typeof formSchema>;

/** API field paths → form fields (the API's one instant is the form's date and time). */
const apiFields: Record<string, keyof Values> = { title: "title", format: "format", startsAt: "date" };
const fieldOf = (path: string): keyof Values | undefined => apiFields[path];

/** A new slot on the agenda: title, UK date and time, format. */
export function AddSessionForm({ workItemId, defaultDate }: { workItemId: string; defaultDate: string }) {
  const add = useAddSession(workItemId);
  const { form, frame } = useCreateForm({
    schema: formSchema,
    // The next session is likely on the same day: only the title is cleared after adding one.
    empty: (saved?: Values): Values => ({
      title: "",
      date: saved?.date ?? defaultDate,
      time: saved?.time ?? "10:00",
      format: saved?.format ?? "talk",
    }),
    fieldOf,
    save: async (values) => {
      await add.mutateAsync(values);
      return `Added the session “${values.title}”.`;
    },
  });
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Add a session" submitLabel="Add session">
      <FormField label="Session title" error={errors.title?.message} required>
        <input type="text" maxLength={200} {...form.register("title")} />
      </FormField>
      <div className="form-row">
        <FormField label="Date" error={errors.date?.message} required>
          <input type="date" {...form.register("date")} />
        </FormField>
        <FormField label="Start time" error={errors.time?.message} required hint="UK time.">
          <input type="time" {...form.register("time")} />
        </FormField>
        <FormField label="Format" error={errors.format?.message} required>
          <select {...form.register("format")}>
            <Options values={sessionFormats} labels={sessionFormatLabels} />
          </select>
        </FormField>
      </div>
    </CreateForm>
  );
}
