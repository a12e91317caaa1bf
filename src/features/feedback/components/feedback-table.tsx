import { Link } from "@tanstack/react-router";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { formatDate } from "../../../lib/format";
import { actionStatusLabels, type Feedback } from "../../../shared/schemas/feedback";

const columns: DataColumn<Feedback>[] = [
  {
    header: "What we were told",
    cell: (item) => (
      <Link to="/feedback/$id" params={{ id: item.id }}>
        {item.summary.length > 80 ? `${item.summary.slice(0, 77)}…` : item.summary}
      </Link>
    ),
  },
  { header: "Received", cell: (item) => formatDate(item.receivedOn) },
  {
    header: "Action due",
    cell: (item) => (
      <>
        {formatDate(item.actionDueOn)}
        {item.overdue ? <span className="badge badge--overdue"> Overdue</span> : null}
      </>
    ),
  },
  { header: "Action", cell: (item) => actionStatusLabels[item.actionStatus] },
  { header: "Told back", cell: (item) => (item.toldBackOn ? formatDate(item.toldBackOn) : "Not yet") },
];

export function FeedbackTable({ items, caption }: { items: Feedback[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} rows={items} />;
}
