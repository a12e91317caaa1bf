import { type FormEvent, useId, useState } from "react";
import { useFlash } from "../../../components/ui/flash";
import { FormField } from "../../../components/ui/form-field";
import { isProblem } from "../../../lib/api-client";
import { ukDateTimeToIso } from "../../../lib/format";
import { sessionFormatLabels, sessionFormats } from "../../../shared/schemas/agenda";
import { useAddSession } from "../api/agenda";

type Field = "title" | "date" | "time" | "format" | "form";

/** A new slot on the agenda: title, UK date and time, format. */
export function AddSessionForm({ workItemId, defaultDate }: { workItemId: string; defaultDate: string }) {
  const id = useId();
  const flash = useFlash();
  const add = useAddSession(workItemId);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [time, setTime] = useState("10:00");
  const [format, setFormat] = useState("talk");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!title.trim()) found.title = "Enter a title";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = "Enter the date";
    if (!/^\d{2}:\d{2}$/.test(time)) found.time = "Enter the start time";
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await add.mutateAsync({ title: title.trim(), startsAt: ukDateTimeToIso(date, time), format });
      flash.show(`Added the session “${title.trim()}”.`);
      setTitle("");
    } catch (error) {
      const next: Partial<Record<Field, string>> = {};
      for (const e of isProblem(error) ? error.errors : []) {
        const field = e.path === "startsAt" ? "date" : e.path;
        next[(field in { title: 1, format: 1, date: 1 } ? field : "form") as Field] = e.message;
      }
      if (!Object.keys(next).length) next.form = isProblem(error) ? error.detail : "Could not add the session.";
      setErrors(next);
    }
  };

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a session</h3>
      {errors.form ? (
        <div className="form-alert" role="alert">
          {errors.form}
        </div>
      ) : null}
      <FormField label="Session title" error={errors.title} required>
        <input type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </FormField>
      <div className="form-row">
        <FormField label="Date" error={errors.date} required>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </FormField>
        <FormField label="Start time" error={errors.time} required hint="UK time.">
          <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </FormField>
        <FormField label="Format" error={errors.format} required>
          <select value={format} onChange={(event) => setFormat(event.target.value)}>
            {sessionFormats.map((value) => (
              <option key={value} value={value}>
                {sessionFormatLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <button type="submit" className="button" disabled={add.isPending}>
        Add session
      </button>
    </form>
  );
}
