import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DeleteConfirmation, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { useFlash } from "../../../components/ui/flash";
import { ListView } from "../../../components/ui/list-view";
import { formatInstant } from "../../../lib/format";
import { type ImportSummary, importKindLabels } from "../../../shared/schemas/imports";
import { historyPageSize, importHistoryQuery, useUndoImport } from "../api/imports";
import { countOf, statusLabels } from "../labels";

const count = (value: number) => value.toLocaleString("en-GB");

const columns = (undo: (row: ImportSummary) => void): DataColumn<ImportSummary>[] => [
  { header: "When", cell: (row) => formatInstant(row.createdAt) },
  { header: "Who", cell: (row) => row.createdByName },
  { header: "What", cell: (row) => importKindLabels[row.kind] },
  { header: "File", cell: (row) => (row.sheet ? `${row.fileName} (sheet ${row.sheet})` : row.fileName) },
  {
    header: "Status",
    // A preview replaced by another (or left) is set aside: "undone" with nothing ever made.
    cell: (row) => (row.status === "undone" && !row.committedAt ? "Set aside, not imported" : statusLabels[row.status]),
  },
  { header: "Rows", cell: (row) => count(row.rows) },
  { header: "New", cell: (row) => count(row.new) },
  { header: "Matched", cell: (row) => count(row.matched) },
  { header: "Invalid", cell: (row) => count(row.invalid) },
  { header: "Created", cell: (row) => count(row.created) },
  {
    header: "Actions",
    hideHeader: true,
    cell: (row) =>
      row.status === "committed" ? (
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Undo the import of ${row.fileName}, ${formatInstant(row.createdAt)}`}
          onClick={() => undo(row)}
        >
          Undo
        </button>
      ) : null,
  },
];

/** Past imports, newest first; an import's records can be removed again while nothing has changed them. */
export function ImportHistory() {
  const [page, setPage] = useState(1);
  const list = useQuery(importHistoryQuery(page));
  const undo = useUndoImport();
  const flash = useFlash();
  const deletion = useConfirmedDelete(async (row: ImportSummary) => {
    await undo.mutateAsync(row.id);
    flash.show(`Undone: removed the ${countOf(row.kind, row.created)} that ${row.fileName} created.`);
  }, "Could not undo the import. Please try again.");

  return (
    <>
      <DeleteConfirmation
        deletion={deletion}
        title="Undo this import?"
        confirmLabel="Undo import"
        cancelLabel="Keep the records"
      >
        {(row) => (
          <p>
            The {countOf(row.kind, row.created)} that {row.fileName} created on {formatInstant(row.createdAt)} will be
            removed. If any of them has changed since (been edited, or had something added to it), nothing is removed.
          </p>
        )}
      </DeleteConfirmation>
      <ListView
        query={list}
        loading="Loading past imports…"
        error="Past imports could not be loaded."
        empty="No imports yet."
        pagination={{ label: "Pages of past imports", pageSize: historyPageSize, onPage: setPage }}
      >
        {(data) => (
          <DataTable caption={`Past imports, ${data.total}`} columns={columns(deletion.ask)} rows={data.items} />
        )}
      </ListView>
    </>
  );
}
