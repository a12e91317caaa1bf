import { useId, useState } from "react";
import { DateRangeFields } from "../../../components/ui/date-range-fields";
import { DownloadCsv } from "../../../components/ui/download-csv";

/**
 * The payments file for finance (events team and admin): involvement fees and expenses due and
 * bursary expenses claimed, in a range of due dates (either end may be left open). The file
 * carries a payee reference and the team as cost centre, never contact details.
 */
export function PaymentsFile() {
  const id = useId();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const backwards = Boolean(range.from && range.to && range.to < range.from);
  return (
    <section className="plan-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Download payments file</h2>
      <p>
        Fees and expenses due to people who took part, and bursary expenses claimed and not yet paid, with a payee
        reference and the team as cost centre. Leave the dates empty for everything due.
      </p>
      <DateRangeFields legend="Date due" from={range.from} to={range.to} onChange={setRange} />
      {/* A backwards range finds nothing: its field says why, and no file is offered. */}
      {backwards ? null : <DownloadCsv name="payments" query={range} />}
    </section>
  );
}
