import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { onSessionExpiry } from "../../../lib/api-client";
import { stayActive } from "../api/account";

/** How long before the idle timeout the warning shows. */
const warnMs = 2 * 60_000;

/**
 * Two minutes before the session times out without use, a dialog says so, with Stay signed in.
 * The server says when that is on every answer (x-session-expires), so the page never guesses.
 */
export function IdleWarning() {
  const [expiresAt, setExpiresAt] = useState<Date | null>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => onSessionExpiry(setExpiresAt), []);
  useEffect(() => {
    setOpen(false);
    if (!expiresAt) return;
    const timer = setTimeout(() => setOpen(true), Math.max(0, expiresAt.getTime() - warnMs - Date.now()));
    return () => clearTimeout(timer);
  }, [expiresAt]);
  useEffect(() => {
    if (open) button.current?.focus();
  }, [open]);

  // A new expiry closes the dialog; once the time is up, the 401 signs out (the app's handler for every call).
  const keepAlive = useMutation({ mutationFn: stayActive, onError: () => setOpen(false) });
  if (!open) return null;
  const stay = () => keepAlive.mutate();
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === "Escape") stay();
          // One control: Tab stays on it.
          if (event.key === "Tab") event.preventDefault();
        }}
      >
        <h2 id={titleId}>You will be signed out in 2 minutes</h2>
        <p>You have not used the tracker for a while. Anything you have not saved is kept only while you stay.</p>
        <button ref={button} type="button" className="button" onClick={stay}>
          Stay signed in
        </button>
      </div>
    </div>
  );
}
