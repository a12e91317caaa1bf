import { formatDate } from "../../../lib/format";
import type { LibraryEnquiry } from "../../../shared/schemas/library-enquiry";
import { optionLabel } from "../labels";

/** The log itself, newest first. */
export function EnquiriesTable({ items, caption }: { items: LibraryEnquiry[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Requester</th>
            <th scope="col">Topic</th>
            <th scope="col">Channel</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{formatDate(item.receivedOn)}</td>
              <td>{optionLabel(item.requesterType)}</td>
              <td>{item.topic}</td>
              <td>{optionLabel(item.channel)}</td>
              <td>{item.answeredOn ? formatDate(item.answeredOn) : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
