import { type BursarySummary, bursaryStatusLabels, funnelStages } from "../../shared/schemas/bursaries";
import { ScrollRegion } from "../ui/scroll-region";

/** How far people got: one row per stage reached, as on the event page and in its report. */
export function BursaryFunnelTable({
  funnel,
  caption,
  className = "data-table",
}: {
  funnel: BursarySummary["funnel"];
  caption: string;
  className?: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage reached</th>
            <th scope="col">People</th>
          </tr>
        </thead>
        <tbody>
          {funnelStages.map((stage) => (
            <tr key={stage}>
              <th scope="row">{bursaryStatusLabels[stage]}</th>
              <td>{funnel[stage]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
