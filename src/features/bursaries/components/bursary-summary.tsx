import { formatPence } from "../../../lib/money";
import { bursaryStatusLabels, type BursarySummary as Summary } from "../../../shared/schemas/bursary";

/** The funnel counts everyone who reached a stage, even if they later moved on or dropped out. */
const stages = ["applied", "offered", "accepted", "attended"] as const;

/** Places used, spend against budget, how far people got, and anything that needs attention. */
export function BursarySummary({ summary }: { summary: Summary }) {
  const unset = summary.places === 0 && summary.budgetPence === 0;
  return (
    <>
      {summary.warnings.map((warning) => (
        <p key={warning} className="form-alert form-alert--warning" role="alert">
          {warning}
        </p>
      ))}
      <p>
        Places used: {summary.placesUsed} of {summary.places}
      </p>
      <p>
        Spend: {formatPence(summary.spendPence)} of {formatPence(summary.budgetPence)} budget
      </p>
      {unset ? <p className="meta">The places and budget are set in the event details.</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption>Bursary funnel</caption>
          <thead>
            <tr>
              <th scope="col">Stage reached</th>
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr key={stage}>
                <th scope="row">{bursaryStatusLabels[stage]}</th>
                <td>{summary.funnel[stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
