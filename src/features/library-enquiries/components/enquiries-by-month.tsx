import { useQuery } from "@tanstack/react-query";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { enquiriesByMonthQuery } from "../api/library";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** The count by month, as a table (the numbers a chart would show). */
export function EnquiriesByMonth() {
  const counts = useQuery(enquiriesByMonthQuery());
  if (counts.isPending) return <LoadingState label="Counting enquiries…" />;
  if (counts.isError)
    return <ErrorState title="The counts could not be loaded." onRetry={() => void counts.refetch()} />;
  return (
    <ScrollRegion label="Enquiries by month">
      <table className="data-table">
        <caption>Enquiries by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Enquiries</th>
            <th scope="col">From patients, carers and the public</th>
          </tr>
        </thead>
        <tbody>
          {[...counts.data.items].reverse().map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthLabel(row.month)}</th>
              <td>{row.total}</td>
              <td>{row.fromPublic}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
