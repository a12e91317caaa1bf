import { DeleteConfirmation, useConfirmedDelete } from "../../../components/ui/confirm-delete";
import type { WorkItem } from "../../../shared/schemas/work-items";
import { useDeleteWorkItem } from "../api/mutations";

type Props = { item: WorkItem; onDeleted: () => void };

/** Delete, after a confirmation that names what will go. */
export function DeleteWorkItem({ item, onDeleted }: Props) {
  const remove = useDeleteWorkItem();
  const deletion = useConfirmedDelete(async (doomed: WorkItem) => {
    await remove.mutateAsync(doomed.id);
    onDeleted();
  });

  return (
    <>
      <button type="button" className="button button--danger" onClick={() => deletion.ask(item)}>
        Delete
      </button>
      <DeleteConfirmation deletion={deletion} title="Delete this work item?" confirmLabel="Delete work item">
        <p>“{item.title}” will be deleted for everyone. This cannot be undone.</p>
      </DeleteConfirmation>
    </>
  );
}
