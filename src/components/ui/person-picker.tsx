import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type Control, type FieldPathByValue, type FieldValues, useController } from "react-hook-form";
import { apiClient, data } from "../../lib/api/client";
import { queryKeys } from "../../lib/api/keys";
import { type Person, type Perspective, perspectiveLabels } from "../../shared/schemas/people";
import { FormField } from "./form-field";

type Props = {
  /** The select's label, e.g. "Person" or "Speaker". */
  label: string;
  value: string;
  onChange: (personId: string, person: Person | undefined) => void;
  /** Offer only people with at least one of these perspectives. */
  perspectives?: readonly Perspective[];
  error?: string | undefined;
  hint?: string;
  /** How the search box and the empty choice name who is wanted ("Find a person"); defaults to the label in lower case. */
  noun?: string;
  /** How many matches to ask for at a time. */
  pageSize?: number;
  /** The search text, when the form keeps it (to outlast the picker being hidden); otherwise the picker keeps its own. */
  search?: { value: string; onChange: (text: string) => void };
};

/**
 * Choose someone from the people directory: type part of a name, then pick. It asks the
 * API for a small page of matches, never the whole directory.
 */
function PersonPicker({
  label,
  value,
  onChange,
  perspectives,
  error,
  hint,
  noun = label.toLowerCase(),
  pageSize = 50,
  search: kept,
}: Props) {
  const [own, setOwn] = useState("");
  const search = kept?.value ?? own;
  const setSearch = kept?.onChange ?? setOwn;
  const term = search.trim();
  const choices = useQuery({
    queryKey: queryKeys.people.list({ search: term, pageSize, picker: true }),
    queryFn: ({ signal }) => data(apiClient.GET("/people", { params: { query: { search: term, pageSize } }, signal })),
    staleTime: 30_000,
  });
  const people = (choices.data?.items ?? []).filter(
    (person) => !perspectives || person.perspectives.some((p) => perspectives.includes(p)),
  );
  return (
    <div className="form-row">
      <FormField label={`Find ${noun}`} hint="Type part of a name.">
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </FormField>
      <FormField label={label} error={error} required {...(hint ? { hint } : {})}>
        <select
          value={value}
          onChange={(event) =>
            onChange(
              event.target.value,
              people.find((person) => person.id === event.target.value),
            )
          }
        >
          <option value="">{choices.isFetching ? "Searching…" : `Choose ${noun}`}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.perspectives.map((p) => perspectiveLabels[p]).join(", ")})
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
}

type FieldProps<T extends FieldValues, O> = Omit<Props, "value" | "onChange" | "error"> & {
  /** The form's `control`, and the field that holds the person's id. */
  control: Control<T, unknown, O>;
  name: FieldPathByValue<T, string>;
  /** Told who was chosen (undefined when the choice is cleared), e.g. to name them once saved. */
  onPick?: (person: Person | undefined) => void;
};

/** A `PersonPicker` as a react-hook-form field: its value, its error, and touched once a choice is made. */
export function PersonPickerField<T extends FieldValues, O>({ control, name, onPick, ...picker }: FieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <PersonPicker
      {...picker}
      value={field.value}
      error={fieldState.error?.message}
      onChange={(personId, person) => {
        onPick?.(person);
        field.onChange(personId);
        field.onBlur();
      }}
    />
  );
}
