import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { DataTable } from "../../../components/ui/data-table";
import { formatDate } from "../../../lib/format";
import type { Person } from "../../../shared/schemas/people";

type Props = {
  people: Person[];
  caption: string;
  /** The row whose change is under way: its buttons wait. */
  busyId: string | null;
  onKeep: (person: Person) => void;
  onErase: (person: Person) => void;
};

/**
 * People due a retention review, oldest review date first, with what to do about each: keep
 * them for another year, or erase them. Each row's buttons are described by the person's name.
 */
export function RetentionTable({ people, caption, busyId, onKeep, onErase }: Props) {
  const prefix = useId();
  const nameId = (person: Person) => `${prefix}-${person.id}`;
  return (
    <DataTable
      caption={caption}
      rows={people}
      columns={[
        {
          header: "Name",
          cell: (person) => (
            <Link id={nameId(person)} to="/people/$id" params={{ id: person.id }}>
              {person.name}
            </Link>
          ),
        },
        { header: "Review was due", cell: (person) => formatDate(person.retentionReviewOn) },
        {
          header: "Last involvement",
          cell: (person) => (person.lastInvolvementOn ? formatDate(person.lastInvolvementOn) : "Never"),
        },
        {
          header: "Actions",
          cell: (person) => (
            <div className="form-actions">
              <button
                type="button"
                className="button button--secondary"
                aria-describedby={nameId(person)}
                disabled={busyId === person.id}
                onClick={() => onKeep(person)}
              >
                Keep for another year
              </button>
              <button
                type="button"
                className="button button--danger"
                aria-describedby={nameId(person)}
                disabled={busyId === person.id}
                onClick={() => onErase(person)}
              >
                Erase
              </button>
            </div>
          ),
        },
      ]}
    />
  );
}
