import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { formatDate } from "../../../lib/format";
import type { LibraryEnquiry } from "../../../shared/schemas/library-enquiries";
import { optionLabel } from "../labels";

const columns: DataColumn<LibraryEnquiry>[] = [
  { header: "Received", cell: (item) => formatDate(item.receivedOn) },
  { header: "Requester", cell: (item) => optionLabel(item.requesterType) },
  { header: "Topic", cell: (item) => item.topic },
  { header: "Channel", cell: (item) => optionLabel(item.channel) },
  { header: "Answered", cell: (item) => (item.answeredOn ? formatDate(item.answeredOn) : "Not yet") },
];

/** The log itself, newest first. */
export function EnquiriesTable({ items, caption }: { items: LibraryEnquiry[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} rows={items} />;
}
