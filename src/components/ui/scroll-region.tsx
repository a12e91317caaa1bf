import type { ReactNode } from "react";

type Props = {
  /** Names the box, e.g. the table's caption: what someone tabbing onto it hears. */
  label: string;
  children: ReactNode;
  className?: string;
};

/**
 * A wide table's own scrolling box: named, and reachable by keyboard, so someone who cannot use a
 * mouse can scroll it on a narrow screen (WCAG 2.1.1; axe's scrollable-region-focusable). The page
 * itself never scrolls sideways (WCAG 1.4.10): only this box does.
 *
 * A named group rather than a region: a region is a landmark, and one per table would crowd the
 * landmark list with near-copies of the section each table sits in ("People involved" and
 * "People involved, 12").
 */
export function ScrollRegion({ label, children, className }: Props) {
  const classes = className ? `table-scroll ${className}` : "table-scroll";
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this is a named box around a table.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard.
    <div className={classes} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
