import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { DownloadCsv } from "../../../components/ui/download-csv";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels, paymentStatusLabels } from "../../../shared/schemas/involvements";
import { allInvolvementsQuery } from "../api/involvements";
import { AddInvolvementForm } from "./add-involvement-form";

const briefly = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** Who takes part in a work item, and (for those who may) a way to add someone. */
export function InvolvementsSection({ workItemId, canManage }: { workItemId: string; canManage: boolean }) {
  const list = useQuery(allInvolvementsQuery({ workItemId }));
  return (
    <section className="work-item-form" aria-labelledby="people-involved-title">
      <h2 id="people-involved-title">People involved</h2>
      {list.isPending ? (
        <LoadingState label="Loading the people involved…" />
      ) : list.isError ? (
        <ErrorState title="The people involved could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <p>Nobody is recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">People involved, {list.data.total}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Payment</th>
                <th scope="col">What changed</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((involvement) => (
                <tr key={involvement.id}>
                  <td>
                    <Link to="/people/$id" params={{ id: involvement.personId }}>
                      {involvement.personName}
                    </Link>
                  </td>
                  <td>{involvementRoleLabels[involvement.role]}</td>
                  <td>{involvementStatusLabels[involvement.status]}</td>
                  <td>{paymentStatusLabels[involvement.paymentStatus]}</td>
                  <td>{briefly(involvement.impact) || "—"}</td>
                  <td>
                    <Link to="/involvements/$id" params={{ id: involvement.id }}>
                      {canManage ? "Edit" : "View"}
                      <span className="visually-hidden"> the involvement of {involvement.personName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <DownloadCsv name="involvements" query={{ workItemId }} />
          </p>
        </div>
      )}
      {canManage ? <AddInvolvementForm workItemId={workItemId} /> : null}
    </section>
  );
}
