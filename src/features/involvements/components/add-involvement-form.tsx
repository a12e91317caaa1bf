import { type FormEvent, useId, useState } from "react";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { PersonPicker } from "../../../components/ui/person-picker";
import { isProblem } from "../../../lib/api-client";
import { involvementRoleLabels, involvementRoles } from "../../../shared/schemas/involvement-plan";
import { perspectiveLabels, perspectives } from "../../../shared/schemas/person";
import { useCreateInvolvement, useQuickAddPerson } from "../api/involvements";

type Errors = Partial<Record<"search" | "personId" | "name" | "perspective" | "role" | "form", string>>;

/** Adds someone to the work item: chosen from the directory, or added there and then. */
export function AddInvolvementForm({ workItemId }: { workItemId: string }) {
  const id = useId();
  const flash = useFlash();
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [search, setSearch] = useState("");
  const [personId, setPersonId] = useState("");
  const [personName, setPersonName] = useState("");
  const [name, setName] = useState("");
  const [perspective, setPerspective] = useState("patient");
  const [role, setRole] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const addPerson = useQuickAddPerson();
  const create = useCreateInvolvement();
  const busy = addPerson.isPending || create.isPending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (mode === "existing" && !personId) found.personId = "Choose a person";
    if (mode === "new" && !name.trim()) found.name = "Enter the new person's name";
    if (!role) found.role = "Choose a role";
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      let chosen = personId;
      let chosenName = personName;
      if (mode === "new") {
        const person = await addPerson.mutateAsync({ name: name.trim(), perspectives: [perspective] });
        chosen = person.id;
        chosenName = person.name;
      }
      await create.mutateAsync({ workItemId, personId: chosen, role });
      flash.show(`Added ${chosenName} to this work item.`);
      setPersonId("");
      setPersonName("");
      setName("");
      setRole("");
      setSearch("");
    } catch (error) {
      const next: Errors = {};
      if (isProblem(error) && error.errors.length) {
        for (const e of error.errors) {
          const field = e.path === "perspectives.0" || e.path === "perspectives" ? "perspective" : e.path;
          if (field in { personId: 1, name: 1, perspective: 1, role: 1 }) next[field as keyof Errors] = e.message;
          else next.form = e.message;
        }
      } else {
        next.form = isProblem(error) ? error.detail : "Could not add the person. Please try again.";
      }
      setErrors(next);
    }
  };

  return (
    <form className="add-involvement" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a person</h3>
      <FormAlert message={errors.form} />
      <fieldset className="radio-row">
        <legend className="visually-hidden">Who</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === "existing"} onChange={() => setMode("existing")} />{" "}
          From the people directory
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === "new"} onChange={() => setMode("new")} /> Someone
          new
        </label>
      </fieldset>
      {mode === "existing" ? (
        // The search is kept here so that it, like the choice, outlasts a look at "Someone new".
        <PersonPicker
          label="Person"
          noun="a person"
          pageSize={20}
          search={{ value: search, onChange: setSearch }}
          value={personId}
          error={errors.personId}
          onChange={(value, person) => {
            setPersonId(value);
            setPersonName(person?.name ?? "");
          }}
        />
      ) : (
        <div className="form-row">
          <FormField label="New person's name" error={errors.name} required>
            <input type="text" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
          </FormField>
          <FormField label="Perspective" error={errors.perspective} required>
            <select value={perspective} onChange={(event) => setPerspective(event.target.value)}>
              {perspectives.map((value) => (
                <option key={value} value={value}>
                  {perspectiveLabels[value]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      )}
      <FormField label="Role" error={errors.role} required>
        <select value={role} onChange={(event) => setRole(event.target.value)}>
          <option value="">Choose a role</option>
          {involvementRoles.map((value) => (
            <option key={value} value={value}>
              {involvementRoleLabels[value]}
            </option>
          ))}
        </select>
      </FormField>
      <button type="submit" className="button" disabled={busy}>
        Add to this work item
      </button>
    </form>
  );
}
