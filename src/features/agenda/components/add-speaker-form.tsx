import { useId, useRef } from "react";
import { Controller } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { PersonPicker } from "../../../components/ui/person-picker";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { type AgendaSession, agendaRoles } from "../../../shared/schemas/agenda";
import { involvementFields, involvementRules } from "../../../shared/schemas/involvement";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plan";
import { useAddSpeaker } from "../api/agenda";

/** The form's view of the shared involvement schema: a speaker in a session, with the API's rule on confirming. */
const formSchema = z
  .object({
    personId: z.string().min(1, "Choose a speaker").pipe(involvementFields.shape.personId),
    sessionId: z.string().min(1, "Choose a session").pipe(involvementFields.shape.sessionId.unwrap()),
    role: z.string().min(1, "Choose an agenda role").pipe(involvementFields.shape.role),
    status: involvementFields.shape.status,
    ask: involvementFields.shape.ask,
    expectations: involvementFields.shape.expectations,
  })
  .superRefine(involvementRules);
type Values = z.input<typeof formSchema>;

/** Puts someone from the directory on the agenda: session, agenda role, and (to confirm) the brief. */
export function AddSpeakerForm({ workItemId, sessions }: { workItemId: string; sessions: AgendaSession[] }) {
  const id = useId();
  const add = useAddSpeaker(workItemId);
  // The name of the person chosen, for the message after saving.
  const chosenName = useRef("");
  const { form, submit, shouldBlock } = useCreateForm({
    schema: formSchema,
    // The next speaker is likely in the same session: it stays chosen after adding one.
    empty: (saved?: Values): Values => ({
      personId: "",
      sessionId: saved?.sessionId ?? sessions[0]?.id ?? "",
      role: "",
      status: "invited",
      ask: "",
      expectations: "",
    }),
    save: async (values) => {
      await add.mutateAsync(values);
      return `Added ${chosenName.current} to the agenda.`;
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
      <h3 id={`${id}-title`}>Add a speaker</h3>
      <FormAlert message={errors.root?.message} />
      <Controller
        control={form.control}
        name="personId"
        render={({ field }) => (
          <PersonPicker
            label="Speaker"
            value={field.value}
            error={errors.personId?.message}
            onChange={(personId, person) => {
              chosenName.current = person?.name ?? "";
              field.onChange(personId);
              field.onBlur();
            }}
          />
        )}
      />
      <div className="form-row">
        <FormField label="Session" error={errors.sessionId?.message} required>
          <select {...form.register("sessionId")}>
            <option value="">Choose a session</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.title}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Agenda role" error={errors.role?.message} required>
          <select {...form.register("role")}>
            <option value="">Choose a role</option>
            {agendaRoles.map((value) => (
              <option key={value} value={value}>
                {involvementRoleLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label="Speaker status"
          error={errors.status?.message}
          required
          hint="Confirming needs the brief below."
        >
          <select {...form.register("status")}>
            <option value="invited">Invited</option>
            <option value="confirmed">Confirmed</option>
          </select>
        </FormField>
      </div>
      <FormField label="What we ask of them" error={errors.ask?.message} hint="Needed before confirming.">
        <textarea rows={2} {...form.register("ask")} />
      </FormField>
      <FormField
        label="What they can expect of us"
        error={errors.expectations?.message}
        hint="Needed before confirming."
      >
        <textarea rows={2} {...form.register("expectations")} />
      </FormField>
      <button type="submit" className="button" disabled={isSubmitting}>
        Add speaker
      </button>
    </form>
  );
}
