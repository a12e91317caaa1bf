import { useState } from "react";
import { ConfirmDialog } from "../../../components/ui/dialog";
import { useFlash } from "../../../components/ui/flash";
import { isProblem } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import type { TrainingRecord } from "../../../shared/schemas/library-enquiry";
import { useDeleteTraining } from "../api/training";

type Props = { records: TrainingRecord[]; caption: string; canDelete: boolean };

/** Who completed which course, newest first; admin may delete a record made in error. */
export function TrainingTable({ records, caption, canDelete }: Props) {
  const [deleting, setDeleting] = useState<TrainingRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = useDeleteTraining();
  const flash = useFlash();

  const confirm = async () => {
    if (!deleting) return;
    setError(null);
    try {
      await remove.mutateAsync(deleting.id);
      flash.show(`Deleted the training record for ${deleting.userName}.`);
    } catch (problem) {
      setError(isProblem(problem) ? problem.detail : "Could not delete. Please try again.");
    } finally {
      setDeleting(null);
    }
  };

  return (
    <>
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Member of staff</th>
              <th scope="col">Course</th>
              <th scope="col">Completed on</th>
              {canDelete ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id}>
                <td>{record.userName}</td>
                <td>{record.course}</td>
                <td>{formatDate(record.completedOn)}</td>
                {canDelete ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Delete ${record.course} for ${record.userName}`}
                      onClick={() => setDeleting(record)}
                    >
                      Delete
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deleting ? (
        <ConfirmDialog
          title="Delete this training record?"
          confirmLabel="Delete record"
          cancelLabel="Keep it"
          tone="danger"
          busy={remove.isPending}
          onConfirm={confirm}
          onCancel={() => setDeleting(null)}
        >
          <p>
            {deleting.userName}’s record of “{deleting.course}” on {formatDate(deleting.completedOn)} will be deleted.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
