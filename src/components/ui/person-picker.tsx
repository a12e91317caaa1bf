import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, toQuery } from "../../lib/api-client";
import type { Page } from "../../shared/schemas/common";
import { type Person, type Perspective, perspectiveLabels } from "../../shared/schemas/person";
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
};

/**
 * Choose someone from the people directory: type part of a name, then pick. It asks the
 * API for a small page of matches, never the whole directory.
 */
export function PersonPicker({ label, value, onChange, perspectives, error, hint }: Props) {
  const [search, setSearch] = useState("");
  const term = search.trim();
  const choices = useQuery({
    queryKey: ["people", "list", { search: term, pageSize: 50, picker: true }],
    queryFn: ({ signal }) => api<Page<Person>>(`/api/people${toQuery({ search: term, pageSize: 50 })}`, { signal }),
    staleTime: 30_000,
  });
  const people = (choices.data?.items ?? []).filter(
    (person) => !perspectives || person.perspectives.some((p) => perspectives.includes(p)),
  );
  return (
    <div className="form-row">
      <FormField label={`Find ${label.toLowerCase()}`} hint="Type part of a name.">
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
          <option value="">{choices.isFetching ? "Searching…" : `Choose ${label.toLowerCase()}`}</option>
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
