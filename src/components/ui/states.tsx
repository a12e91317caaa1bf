import type { ReactNode } from "react";

/** A table row's height (one line of text and its padding) and a table's header and pages under it. */
const rowHeight = 2.75;
const tableChrome = 6;

/**
 * Says what is loading. `rows`: the space a table of that many rows will take is kept meanwhile,
 * so the rows arriving do not push down what is below them (a layout shift).
 */
export function LoadingState({ label, rows }: { label: string; rows?: number | undefined }) {
  return (
    <p
      className="state state--loading"
      role="status"
      style={rows ? { minHeight: `${tableChrome + rows * rowHeight}rem` } : undefined}
    >
      {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

export function ErrorState({ title, detail, onRetry }: { title: string; detail?: string; onRetry?: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      {detail ? <p>{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
