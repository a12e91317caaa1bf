import { Link } from "@tanstack/react-router";
import { formatDate } from "../../../lib/format";
import { actionStatusLabels, type Feedback } from "../../../shared/schemas/feedback";

export function FeedbackTable({ items, caption }: { items: Feedback[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What we were told</th>
            <th scope="col">Received</th>
            <th scope="col">Action due</th>
            <th scope="col">Action</th>
            <th scope="col">Told back</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to="/feedback/$id" params={{ id: item.id }}>
                  {item.summary.length > 80 ? `${item.summary.slice(0, 77)}…` : item.summary}
                </Link>
              </td>
              <td>{formatDate(item.receivedOn)}</td>
              <td>
                {formatDate(item.actionDueOn)}
                {item.overdue ? <span className="badge badge--overdue"> Overdue</span> : null}
              </td>
              <td>{actionStatusLabels[item.actionStatus]}</td>
              <td>{item.toldBackOn ? formatDate(item.toldBackOn) : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
