import { useId, useRef, useState } from "react";
import { z } from "zod";
import { CreateForm } from "../../../components/ui/create-form";
import { FormField } from "../../../components/ui/form-field";
import { Options } from "../../../components/ui/options";
import { PersonPickerField } from "../../../components/ui/person-picker";
import { useCreateForm } from "../../../components/ui/use-create-form";
import { involvementRoleLabels, involvementRoles } from "../../../shared/schemas/involvement-plans";
import { involvementFields } from "../../../shared/schemas/involvements";
import { personFields, perspective, perspectiveLabels, perspectives } from "../../../shared/schemas/people";
import { useCreateInvolvement, useQuickAddPerson } from "../api/involvements";

type Mode = "existing" | "new";

/*
 * The form's two views of the shared schemas, one per way of choosing who. Both hold the same
 * fields (what is typed for the other way is kept, unchecked, for when the person switches back).
 */
const role = z.string().min(1, "Choose a role").pipe(involvementFields.shape.role);
const schemas = {
  existing: z
    .object({
      personId: z.string().min(1, "Choose a person").pipe(involvementFields.shape.personId),
      name: z.string(),
      perspective,
      role,
    })
    .transform(({ personId, role }) => ({ personId, newPerson: null, role })),
  new: z
    .object({
      personId: z.string(),
      name: z.string().trim().min(1, "Enter the new person's name").pipe(personFields.shape.name),
      perspective,
      role,
    })
    .transform(({ name, perspective, role }) => ({
      personId: null,
      newPerson: { name, perspectives: [perspective] },
      role,
    })),
} satisfies Record<Mode, unknown>;
type Values = z.input<(typeof schemas)[Mode]>;

// The perspective chosen for the last new person stays for the next.
const empty = (saved?: Values): Values => ({
  personId: "",
  name: "",
  perspective: saved?.perspective ?? "patient",
  role: "",
});

/** API field paths → the fields shown for this way of choosing who (the new person's perspectives are one). */
const fieldOf =
  (mode: Mode) =>
  (path: string): keyof Values | undefined => {
    if (path === "role") return "role";
    if (mode === "existing") return path === "personId" ? "personId" : undefined;
    if (path === "name") return "name";
    return path.split(".")[0] === "perspectives" ? "perspective" : undefined;
  };

/** Adds someone to the work item: chosen from the directory, or added there and then. */
export function AddInvolvementForm({ workItemId }: { workItemId: string }) {
  const id = useId();
  const [mode, setMode] = useState<Mode>("existing");
  // The search is kept here so that it, like the choice, outlasts a look at "Someone new".
  const [search, setSearch] = useState("");
  // The name of the person chosen, for the message after saving.
  const chosenName = useRef("");
  const addPerson = useQuickAddPerson();
  const create = useCreateInvolvement();
  const { form, frame } = useCreateForm({
    schema: schemas[mode],
    empty,
    fieldOf: fieldOf(mode),
    save: async (values) => {
      const person = values.newPerson
        ? await addPerson.mutateAsync(values.newPerson)
        : { id: values.personId, name: chosenName.current };
      await create.mutateAsync({ workItemId, personId: person.id, role: values.role });
      return `Added ${person.name} to this work item.`;
    },
    afterReset: () => {
      chosenName.current = "";
      setSearch("");
    },
  });
  const { errors } = form.formState;

  return (
    <CreateForm frame={frame} title="Add a person" submitLabel="Add to this work item">
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
        <PersonPickerField
          control={form.control}
          name="personId"
          label="Person"
          noun="a person"
          pageSize={20}
          search={{ value: search, onChange: setSearch }}
          onPick={(person) => {
            chosenName.current = person?.name ?? "";
          }}
        />
      ) : (
        <div className="form-row">
          <FormField label="New person's name" error={errors.name?.message} required>
            <input type="text" autoComplete="off" {...form.register("name")} />
          </FormField>
          <FormField label="Perspective" error={errors.perspective?.message} required>
            <select {...form.register("perspective")}>
              <Options values={perspectives} labels={perspectiveLabels} />
            </select>
          </FormField>
        </div>
      )}
      <FormField label="Role" error={errors.role?.message} required>
        <select {...form.register("role")}>
          <option value="">Choose a role</option>
          <Options values={involvementRoles} labels={involvementRoleLabels} />
        </select>
      </FormField>
    </CreateForm>
  );
}
