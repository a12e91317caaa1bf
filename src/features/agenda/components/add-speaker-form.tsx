import { type FormEvent, useId, useState } from "react";
import { useFlash } from "../../../components/ui/flash";
import { FormField } from "../../../components/ui/form-field";
import { PersonPicker } from "../../../components/ui/person-picker";
import { isProblem } from "../../../lib/api-client";
import { type AgendaSession, agendaRoles } from "../../../shared/schemas/agenda";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plan";
import { useAddSpeaker } from "../api/agenda";

type Field = "personId" | "sessionId" | "role" | "status" | "ask" | "expectations" | "form";
const fields = new Set<string>(["personId", "sessionId", "role", "status", "ask", "expectations"]);

/** Puts someone from the directory on the agenda: session, agenda role, and (to confirm) the brief. */
export function AddSpeakerForm({ workItemId, sessions }: { workItemId: string; sessions: AgendaSession[] }) {
  const id = useId();
  const flash = useFlash();
  const add = useAddSpeaker(workItemId);
  const [personId, setPersonId] = useState("");
  const [personName, setPersonName] = useState("");
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? "");
  const [role, setRole] = useState("");
  const [status, setStatus] = useState("invited");
  const [ask, setAsk] = useState("");
  const [expectations, setExpectations] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!personId) found.personId = "Choose a speaker";
    if (!sessionId) found.sessionId = "Choose a session";
    if (!role) found.role = "Choose an agenda role";
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await add.mutateAsync({ personId, sessionId, role, status, ask, expectations });
      flash.show(`Added ${personName} to the agenda.`);
      setPersonId("");
      setRole("");
      setStatus("invited");
      setAsk("");
      setExpectations("");
    } catch (error) {
      const next: Partial<Record<Field, string>> = {};
      for (const e of isProblem(error) ? error.errors : [])
        next[(fields.has(e.path) ? e.path : "form") as Field] = e.message;
      if (!Object.keys(next).length) next.form = isProblem(error) ? error.detail : "Could not add the speaker.";
      setErrors(next);
    }
  };

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a speaker</h3>
      {errors.form ? (
        <div className="form-alert" role="alert">
          {errors.form}
        </div>
      ) : null}
      <PersonPicker
        label="Speaker"
        value={personId}
        error={errors.personId}
        onChange={(value, person) => {
          setPersonId(value);
          setPersonName(person?.name ?? "");
        }}
      />
      <div className="form-row">
        <FormField label="Session" error={errors.sessionId} required>
          <select value={sessionId} onChange={(event) => setSessionId(event.target.value)}>
            <option value="">Choose a session</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.title}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Agenda role" error={errors.role} required>
          <select value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">Choose a role</option>
            {agendaRoles.map((value) => (
              <option key={value} value={value}>
                {involvementRoleLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Speaker status" error={errors.status} required hint="Confirming needs the brief below.">
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="invited">Invited</option>
            <option value="confirmed">Confirmed</option>
          </select>
        </FormField>
      </div>
      <FormField label="What we ask of them" error={errors.ask} hint="Needed before confirming.">
        <textarea rows={2} value={ask} onChange={(event) => setAsk(event.target.value)} />
      </FormField>
      <FormField label="What they can expect of us" error={errors.expectations} hint="Needed before confirming.">
        <textarea rows={2} value={expectations} onChange={(event) => setExpectations(event.target.value)} />
      </FormField>
      <button type="submit" className="button" disabled={add.isPending}>
        Add speaker
      </button>
    </form>
  );
}
