import { useEffect, useRef } from "react";

/** The field to focus for an element marked invalid: itself, or (a group of radios) its first control. */
function focusableOf(marked: HTMLElement): HTMLElement {
  if (marked.matches("input, select, textarea, button")) return marked;
  return marked.querySelector<HTMLElement>("input:not([disabled]), select, textarea") ?? marked;
}

/**
 * After a submit that leaves errors, the focus goes to the first field in error in the form's own
 * order, so a keyboard or screen-reader user lands on what to fix. react-hook-form focuses by the
 * order fields were registered, and not at all a control it does not hold (a person picker, a group
 * of radios, a cross-field rule on a date). Once per submit; typing afterwards is never interrupted.
 * Returns the ref for the <form>.
 */
export function useFocusFirstError({ submitCount, isSubmitting }: { submitCount: number; isSubmitting: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  const handled = useRef(0);
  useEffect(() => {
    if (isSubmitting || submitCount === handled.current) return;
    handled.current = submitCount;
    // After react-hook-form's own attempt (a timeout it queued before this render): this one decides.
    const timer = setTimeout(() => {
      const marked = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (marked && !marked.contains(document.activeElement)) focusableOf(marked).focus();
    });
    return () => clearTimeout(timer);
  });
  return form;
}
