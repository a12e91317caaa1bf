import { Link } from "@tanstack/react-router";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { type Person, perspectiveLabels } from "../../../shared/schemas/people";

const columns = (withLivedExperience: boolean): DataColumn<Person>[] => [
  {
    header: "Name",
    cell: (person) => (
      <Link to="/people/$id" params={{ id: person.id }}>
        {person.name}
      </Link>
    ),
  },
  { header: "Perspectives", cell: (person) => person.perspectives.map((p) => perspectiveLabels[p]).join(", ") },
  ...(withLivedExperience
    ? [{ header: "Lived experience", cell: (person: Person) => person.livedExperience?.join(", ") || "—" }]
    : []),
  {
    header: "Contact consent",
    cell: (person) =>
      person.consents.contact === null ? "Not given" : person.consents.contact.withdrawnOn ? "Withdrawn" : "Given",
  },
];

type Props = {
  people: Person[];
  caption: string;
  /** Whether this role sees lived experience (managers do not: the column is left out). */
  withLivedExperience: boolean;
};

/** The directory, by name. Contact details never appear in a list. */
export function PeopleTable({ people, caption, withLivedExperience }: Props) {
  return <DataTable caption={caption} columns={columns(withLivedExperience)} rows={people} />;
}
