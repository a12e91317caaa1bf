import { Link } from "@tanstack/react-router";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { type Person, perspectiveLabels } from "../../../shared/schemas/people";

const columns: DataColumn<Person>[] = [
  {
    header: "Name",
    cell: (person) => (
      <Link to="/people/$id" params={{ id: person.id }}>
        {person.name}
      </Link>
    ),
  },
  { header: "Perspectives", cell: (person) => person.perspectives.map((p) => perspectiveLabels[p]).join(", ") },
  { header: "Lived experience", cell: (person) => person.livedExperience.join(", ") || "—" },
  {
    header: "Contact consent",
    cell: (person) =>
      person.consents.contact === null ? "Not given" : person.consents.contact.withdrawnOn ? "Withdrawn" : "Given",
  },
];

/** The directory, by name. Contact details never appear in a list. */
export function PeopleTable({ people, caption }: { people: Person[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} rows={people} />;
}
