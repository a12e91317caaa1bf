import { useRef } from "react";
import { z } from "zod";
import { BriefFields } from "../../../components/ui/brief-fields";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { PersonPickerField } from "../../../components/ui/person-picker";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { type AgendaSession, agendaRoles } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementFields, involvementRules } from "../../../shared/schemas/involvements";
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
  const add = useAddSpeaker(workItemId);
  // The name of the person chosen, for the message after saving.
  const chosenName = useRef("");
  const { form, frame } = useCreateForm({
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
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Add a speaker" submitLabel="Add speaker">
      <PersonPickerField
        control={form.control}
        name="personId"
        label="Speaker"
        onPick={(person) => {
          chosenName.current = person?.name ?? "";
        }}
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
            <Options values={agendaRoles} labels={involvementRoleLabels} />
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
      <BriefFields ask={form.register("ask")} expectations={form.register("expectations")} errors={errors} rows={2} />
    </CreateForm>
  );
}
