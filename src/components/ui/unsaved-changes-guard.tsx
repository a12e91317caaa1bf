import { useBlocker } from "@tanstack/react-router";
import { useRef } from "react";
import { ConfirmDialog } from "./dialog";

/**
 * Asks before leaving a form with unsaved changes: in-app links, Back and Forward
 * (through the router's blocker) and closing or reloading the tab (beforeunload).
 */
export function UnsavedChangesGuard({ shouldBlock }: { shouldBlock: () => boolean }) {
  // Asked at the moment of leaving, so a save that navigates straight away is not blocked.
  const latest = useRef(shouldBlock);
  latest.current = shouldBlock;
  const blocker = useBlocker({
    shouldBlockFn: () => latest.current(),
    enableBeforeUnload: () => latest.current(),
    withResolver: true,
  });
  if (blocker.status !== "blocked") return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      tone="danger"
      onConfirm={blocker.proceed}
      onCancel={blocker.reset}
    >
      <p>You have changes that are not saved. If you leave now, they will be lost.</p>
    </ConfirmDialog>
  );
}
