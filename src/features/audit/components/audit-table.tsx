import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { formatInstant } from "../../../lib/format";
import { auditActionLabels } from "../../../shared/schemas/audit";
import type { LoggedEntry } from "../api/audit";
import { entryDetails } from "../describe";
import { RecordCell } from "./record-cell";

function Details({ entry }: { entry: LoggedEntry }) {
  const lines = entryDetails(entry);
  if (lines.length === 0) return <>—</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="audit-details">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

const columns: DataColumn<LoggedEntry>[] = [
  { header: "When", cell: (entry) => <time dateTime={entry.at}>{formatInstant(entry.at)}</time> },
  { header: "Who", cell: (entry) => entry.actorName },
  { header: "What", cell: (entry) => auditActionLabels[entry.action] },
  { header: "Record", cell: (entry) => <RecordCell entry={entry} /> },
  { header: "Address", cell: (entry) => entry.address || "—" },
  { header: "Details", cell: (entry) => <Details entry={entry} /> },
];

/** A page of the audit log, newest first: when, who, what, which record, from where, and what changed. */
export function AuditTable({ entries, caption }: { entries: LoggedEntry[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} rows={entries} />;
}
