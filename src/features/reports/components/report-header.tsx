import type { ReactNode } from "react";

const today = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** Opens the browser's print dialog; the print stylesheet leaves only the report on paper. */
function PrintButton() {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      Print
    </button>
  );
}

/**
 * A report's title, its Print button and the date it was produced (printed too, so a
 * paper copy says when its figures were true).
 */
export function ReportHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="report-header">
      <div className="page-header">
        <h1>{title}</h1>
        <PrintButton />
      </div>
      <p className="meta report-date">Produced on {today.format(new Date())} from the Involvement Tracker.</p>
      {children}
    </header>
  );
}
