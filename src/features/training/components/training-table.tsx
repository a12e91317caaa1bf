import { ConfirmDelete, DeleteError, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { useFlash } from "../../../components/ui/flash";
import { formatDate } from "../../../lib/format";
import type { TrainingRecord } from "../../../shared/schemas/training";
import { useDeleteTraining } from "../api/training";

type Props = { records: TrainingRecord[]; caption: string; canDelete: boolean };

/** Who completed which course, newest first; admin may delete a record made in error. */
export function TrainingTable({ records, caption, canDelete }: Props) {
  const remove = useDeleteTraining();
  const flash = useFlash();
  const deletion = useConfirmedDelete(async (record: TrainingRecord) => {
    await remove.mutateAsync(record.id);
    flash.show(`Deleted the training record for ${record.userName}.`);
  });

  return (
    <>
      <DeleteError error={deletion.error} />
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
                      onClick={() => deletion.ask(record)}
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
      <ConfirmDelete
        deletion={deletion}
        title="Delete this training record?"
        confirmLabel="Delete record"
        cancelLabel="Keep it"
      >
        {(deleting) => (
          <p>
            {deleting.userName}’s record of “{deleting.course}” on {formatDate(deleting.completedOn)} will be deleted.
          </p>
        )}
      </ConfirmDelete>
    </>
  );
}
