import { useId } from "react";
import { z } from "zod";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
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
  const id = useId();
  const add = useAddSession(workItemId);
  const { form, submit, shouldBlock } = useCreateForm({
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
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
      <h3 id={`${id}-title`}>Add a session</h3>
      <FormAlert message={errors.root?.message} />
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
            {sessionFormats.map((value) => (
              <option key={value} value={value}>
                {sessionFormatLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        Add session
      </button>
    </form>
  );
}
