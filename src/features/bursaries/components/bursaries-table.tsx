import { Link } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { DeleteConfirmation, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { type DataColumn, DataTable, deleteColumn } from "../../../components/ui/data-table";
import { useFlash } from "../../../components/ui/flash";
import { isProblem } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { formatPence } from "../../../shared/money-text";
import {
  type Bursary,
  type BursaryStatus,
  bursaryStatusLabels,
  bursaryTransitions,
} from "../../../shared/schemas/bursaries";
import { useDeleteBursary, useMoveBursary } from "../api/bursaries";

type Props = {
  bursaries: Bursary[];
  total: number;
  canManage: boolean;
  /** Whether this role sees care costs, and so the total (managers do not). */
  withCare: boolean;
};

/** "Applied 1 Apr 2026 → Offered 10 Apr 2026" */
const historyText = (bursary: Bursary) =>
  bursary.statusHistory.map((change) => `${bursaryStatusLabels[change.status]} ${formatDate(change.on)}`).join(" → ");

/** Ticket value, travel and accommodation: what a role that may not see care costs is shown. */
const costWithoutCare = (bursary: Bursary) =>
  bursary.ticketValuePence + bursary.travelPence + bursary.accommodationPence;

const columns = (withCare: boolean): DataColumn<Bursary>[] => [
  {
    header: "Person",
    cell: (bursary) => (
      <Link to="/people/$id" params={{ id: bursary.personId }}>
        {bursary.personName}
      </Link>
    ),
  },
  { header: "Status", cell: (bursary) => bursaryStatusLabels[bursary.status] },
  { header: "Status history", cell: historyText },
  withCare
    ? { header: "Total cost", cell: (bursary) => formatPence(bursary.totalPence ?? null) }
    : { header: "Cost (care not shown)", cell: (bursary) => formatPence(costWithoutCare(bursary)) },
  { header: "Claimed", cell: (bursary) => formatDate(bursary.claimedOn) },
  { header: "Paid", cell: (bursary) => formatDate(bursary.paidOn) },
];
const moveOn: DataColumn<Bursary> = { header: "Move on", cell: (bursary) => <MoveStatus bursary={bursary} /> };

/** An event's bursaries; the events team may move each one on, or delete one recorded in error. */
export function BursariesTable({ bursaries, total, canManage, withCare }: Props) {
  const remove = useDeleteBursary();
  const flash = useFlash();
  const deletion = useConfirmedDelete(async (bursary: Bursary) => {
    await remove.mutateAsync(bursary.id);
    flash.show(`Deleted the bursary for ${bursary.personName}.`);
  });

  const actions = deleteColumn((bursary) => `Delete the bursary for ${bursary.personName}`, deletion.ask);

  return (
    <>
      <DeleteConfirmation deletion={deletion} title="Delete this bursary?" confirmLabel="Delete bursary">
        {(deleting) => (
          <p>
            The bursary for {deleting.personName} ({bursaryStatusLabels[deleting.status]},{" "}
            {formatPence(deleting.totalPence ?? costWithoutCare(deleting))}) will be deleted. Delete only a bursary
            recorded in error: one that was declined or withdrawn should keep its status instead.
          </p>
        )}
      </DeleteConfirmation>
      <DataTable
        caption={`Bursaries, ${total}`}
        columns={canManage ? [...columns(withCare), moveOn, actions] : columns(withCare)}
        rows={bursaries}
      />
    </>
  );
}

/** The next statuses a bursary may take, and a button to make the move. */
function MoveStatus({ bursary }: { bursary: Bursary }) {
  const id = useId();
  const move = useMoveBursary();
  const flash = useFlash();
  const [chosen, setChosen] = useState<BursaryStatus | "">("");
  const [error, setError] = useState<string | null>(null);
  const allowed = bursaryTransitions[bursary.status];
  // After a reload the bursary may have moved on: a choice it no longer allows is dropped.
  const next = chosen && allowed.includes(chosen) ? chosen : "";

  if (allowed.length === 0) return <span className="meta">Closed</span>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) {
      setError(`Choose what to move ${bursary.personName} to`);
      return;
    }
    setError(null);
    try {
      const saved = await move.mutateAsync({ id: bursary.id, status: next, version: bursary.version });
      setChosen("");
      flash.show(`Moved ${saved.personName} to ${bursaryStatusLabels[saved.status]}.`);
    } catch (problem) {
      if (isProblem(problem, 409)) {
        setError(
          `Someone else changed the bursary for ${bursary.personName} since you loaded it. The latest is now shown: check it, then try again.`,
        );
      } else if (isProblem(problem) && problem.errors.length) {
        setError(problem.errors.map((e) => e.message).join(". "));
      } else {
        setError(isProblem(problem) ? problem.detail : "Could not update the status. Please try again.");
      }
    }
  };

  return (
    <form className="form-row" onSubmit={submit} noValidate>
      <div className={error ? "field field--error" : "field"}>
        <label htmlFor={id} className="visually-hidden">
          Move {bursary.personName} to
        </label>
        {error ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <select
          id={id}
          value={next}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setChosen(event.target.value as BursaryStatus | "")}
        >
          <option value="">Choose a status</option>
          {allowed.map((status) => (
            <option key={status} value={status}>
              {bursaryStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="button button--secondary"
        aria-label={`Update status for ${bursary.personName}`}
        disabled={move.isPending}
      >
        Update status
      </button>
    </form>
  );
}
