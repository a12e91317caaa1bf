import { BursaryFunnelTable } from "../../../components/figures/bursary-funnel-table";
import { formatPence } from "../../../shared/money-text";
import type { BursarySummary as Summary } from "../../../shared/schemas/bursaries";

/** Places used, spend against budget, how far people got, and anything that needs attention. */
export function BursarySummary({ summary }: { summary: Summary }) {
  const unset = summary.places === 0 && summary.budgetPence === 0;
  // Two parts, so a wide section can set the funnel beside the figures rather than under them.
  return (
    <div className="bursary-summary">
      <div>
        {summary.warnings.map((warning) => (
          <p key={warning} className="form-alert form-alert--warning" role="alert">
            {warning}
          </p>
        ))}
        <p>
          Places used: {summary.placesUsed} of {summary.places}
        </p>
        <p>
          Spend{summary.spendIncludesCare ? "" : " (care not shown)"}: {formatPence(summary.spendPence)} of{" "}
          {formatPence(summary.budgetPence)} budget
        </p>
        {unset ? <p className="meta">The places and budget are set in the event details.</p> : null}
      </div>
      <BursaryFunnelTable funnel={summary.funnel} caption="Bursary funnel" />
    </div>
  );
}
