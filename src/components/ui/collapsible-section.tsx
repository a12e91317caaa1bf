/**
 * Long parts of a page, cut short on screen behind a clear control and always whole on paper.
 *
 * The part stays in the page either way: what is cut short is hidden by a class the style sheet
 * honours on screen only (`@media screen`), so printing (or print preview, or print emulation in a
 * test) shows everything without waiting for any script. The class names are in styles.css under
 * "Item pages: On this page and two columns".
 */

type ShowAllProps = {
  /** Whether everything is shown now. */
  expanded: boolean;
  onToggle: (expanded: boolean) => void;
  /** The id of what the button shows and hides. */
  controls: string;
  /** The button's words while the part is cut short: "Show all 32 people". */
  showLabel: string;
  /** Its words while everything is shown: "Show the first 20 only". */
  hideLabel: string;
};

/** The control of a cut-short part: a real button that says what it does, with its state (aria-expanded). */
export function ShowAllButton({ expanded, onToggle, controls, showLabel, hideLabel }: ShowAllProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={() => onToggle(!expanded)}
    >
      {expanded ? hideLabel : showLabel}
    </button>
  );
}

/** How many rows a long table shows at first: `rows-limited` in styles.css hides the 21st row on (screen only). */
export const rowsShownAtFirst = 20;

/** The class of a wrapper around a table cut short to its first `rowsShownAtFirst` rows on screen. */
export const rowsLimitedClass = "rows-limited";
