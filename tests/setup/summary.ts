import { within } from "@testing-library/react";

/**
 * The value beside a term in a read-only summary (a `dl`), found by role as a screen reader
 * meets it: the nth definition answers the nth term. Fails naming the terms there are.
 */
export function summaryValue(summary: HTMLElement, term: string): HTMLElement {
  const terms = within(summary).getAllByRole("term");
  const definitions = within(summary).getAllByRole("definition");
  const index = terms.findIndex((element) => element.textContent === term);
  const definition = definitions[index];
  if (index < 0 || !definition) {
    throw new Error(`No "${term}" in the summary; its terms: ${terms.map((t) => t.textContent).join(", ")}`);
  }
  return definition;
}

/** Whether a summary names a term at all (for what a role must not see). */
export const summaryHasTerm = (summary: HTMLElement, term: string) =>
  within(summary)
    .queryAllByRole("term")
    .some((element) => element.textContent === term);

/**
 * Form fields shown but switched off: a role that may not change a record must meet none,
 * by selector and by role (a disabled textbox or combobox). Buttons are left out: one is
 * disabled for a moment while something is being sent.
 */
export function disabledFields(container: HTMLElement): Element[] {
  const bySelector = [
    ...container.querySelectorAll("input:disabled, select:disabled, textarea:disabled, fieldset:disabled"),
  ];
  const byRole = [
    ...within(container).queryAllByRole("textbox"),
    ...within(container).queryAllByRole("combobox"),
  ].filter((element) => (element as HTMLInputElement).disabled || element.getAttribute("aria-disabled") === "true");
  return [...new Set([...bySelector, ...byRole])];
}
