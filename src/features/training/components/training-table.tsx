import { DeleteConfirmation, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import { type DataColumn, DataTable, deleteColumn } from "../../../components/ui/data-table";
import { useFlash } from "../../../components/ui/flash";
import { formatDate } from "../../../lib/format";
import type { TrainingRecord } from "../../../shared/schemas/training";
import { useDeleteTraining } from "../api/training";

const columns: DataColumn<TrainingRecord>[] = [
  { header: "Member of staff", cell: (record) => record.userName },
  { header: "Course", cell: (record) => record.course },
  { header: "Completed on", cell: (record) => formatDate(record.completedOn) },
];

type Props = { records: TrainingRecord[]; caption: string; canDelete: boolean };

/** Who completed which course, newest first; admin may delete a record made in error. */
export function TrainingTable({ records, caption, canDelete }: Props) {
  const remove = useDeleteTraining();
  const flash = useFlash();
  const deletion = useConfirmedDelete(async (record: TrainingRecord) => {
    await remove.mutateAsync(record.id);
    flash.show(`Deleted the training record for ${record.userName}.`);
  });

  const actions = deleteColumn((record) => `Delete ${record.course} for ${record.userName}`, deletion.ask);

  return (
    <>
      <DeleteConfirmation deletion={deletion} title="Delete this training record?" confirmLabel="Delete record">
        {(deleting) => (
          <p>
            {deleting.userName}’s record of “{deleting.course}” on {formatDate(deleting.completedOn)} will be deleted.
          </p>
        )}
      </DeleteConfirmation>
      <DataTable caption={caption} columns={canDelete ? [...columns, actions] : columns} rows={records} />
    </>
  );
}
