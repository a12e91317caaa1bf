import { Link } from "@tanstack/react-router";
import { type Person, perspectiveLabels } from "../../../shared/schemas/person";

/** The directory, by name. Contact details never appear in a list. */
export function PeopleTable({ people, caption }: { people: Person[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Perspectives</th>
            <th scope="col">Lived experience</th>
            <th scope="col">Contact consent</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>
                <Link to="/people/$id" params={{ id: person.id }}>
                  {person.name}
                </Link>
              </td>
              <td>{person.perspectives.map((p) => perspectiveLabels[p]).join(", ")}</td>
              <td>{person.livedExperience.join(", ") || "—"}</td>
              <td>
                {person.consents.contact === null
                  ? "Not given"
                  : person.consents.contact.withdrawnOn
                    ? "Withdrawn"
                    : "Given"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
