import { useState } from "react";
import { ConfirmDialog } from "../../../components/ui/dialog";
import { isProblem } from "../../../lib/api-client";
import type { WorkItem } from "../../../shared/schemas/work-item";
import { useDeleteWorkItem } from "../api/mutations";

type Props = { item: WorkItem; onDeleted: () => void };

/** Delete, after a confirmation that names what will go. */
export function DeleteWorkItem({ item, onDeleted }: Props) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useDeleteWorkItem();

  const confirm = async () => {
    setError(null);
    try {
      await remove.mutateAsync(item.id);
      setAsking(false);
      onDeleted();
    } catch (problem) {
      setAsking(false);
      setError(isProblem(problem) ? problem.detail : "Could not delete. Please try again.");
    }
  };

  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        Delete
      </button>
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title="Delete this work item?"
          confirmLabel="Delete work item"
          cancelLabel="Keep it"
          tone="danger"
          busy={remove.isPending}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        >
          <p>“{item.title}” will be deleted for everyone. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
