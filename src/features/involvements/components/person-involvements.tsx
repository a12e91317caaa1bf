import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { formatDate } from "../../../lib/format";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { involvementStatusLabels } from "../../../shared/schemas/involvements";
import { allInvolvementsQuery } from "../api/involvements";

/** Every involvement a person has had, on their page. */
export function PersonInvolvements({ personId }: { personId: string }) {
  const list = useQuery(allInvolvementsQuery({ personId }));
  return (
    <section className="work-item-form" aria-labelledby="person-involvements-title">
      <h2 id="person-involvements-title">Involvements</h2>
      {list.isPending ? (
        <LoadingState label="Loading involvements…" />
      ) : list.isError ? (
        <ErrorState title="Involvements could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <p>No involvements recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Involvements, {list.data.total}</caption>
            <thead>
              <tr>
                <th scope="col">Work item</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((involvement) => (
                <tr key={involvement.id}>
                  <td>
                    <Link to="/involvements/$id" params={{ id: involvement.id }}>
                      {involvement.workItemTitle}
                    </Link>
                  </td>
                  <td>{involvementRoleLabels[involvement.role]}</td>
                  <td>{involvementStatusLabels[involvement.status]}</td>
                  <td>{formatDate(involvement.startDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
