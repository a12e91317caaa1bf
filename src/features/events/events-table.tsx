import { Link } from "@tanstack/react-router";
import { formatDate } from "../../lib/format";
import { type WorkItem, workItemKindLabels } from "../../shared/schemas/work-item";

/** Conferences and events with the patient-voice target, soonest first. */
export function EventsTable({ items, caption }: { items: WorkItem[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Kind</th>
            <th scope="col">Starts</th>
            <th scope="col">Patient voice on the agenda</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to="/work-items/$id" params={{ id: item.id }}>
                  {item.title}
                </Link>
              </td>
              <td>{workItemKindLabels[item.kind]}</td>
              <td>{formatDate(item.startDate)}</td>
              <td>
                {item.agendaTargetMet ? (
                  <span className="badge badge--met">Met</span>
                ) : (
                  <span className="badge badge--not-met">Not met</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
