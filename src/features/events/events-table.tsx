import { Link } from "@tanstack/react-router";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { formatDate } from "../../lib/format";
import { type WorkItem, workItemKindLabels } from "../../shared/schemas/work-items";

const columns: DataColumn<WorkItem>[] = [
  {
    header: "Title",
    cell: (item) => (
      <Link to="/work-items/$id" params={{ id: item.id }}>
        {item.title}
      </Link>
    ),
  },
  { header: "Kind", cell: (item) => workItemKindLabels[item.kind] },
  { header: "Starts", cell: (item) => formatDate(item.startDate) },
  {
    header: "Patient voice on the agenda",
    cell: (item) =>
      item.agendaTargetMet ? (
        <span className="badge badge--met">Met</span>
      ) : (
        <span className="badge badge--not-met">Not met</span>
      ),
  },
];

/** Conferences and events with the patient-voice target, soonest first. */
export function EventsTable({ items, caption }: { items: WorkItem[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} rows={items} />;
}
