import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { QueryView } from "../../../components/ui/list-view";
import { formatDate } from "../../../lib/format";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { type Involvement, involvementStatusLabels } from "../../../shared/schemas/involvements";
import { allInvolvementsQuery } from "../api/involvements";

const columns: DataColumn<Involvement>[] = [
  {
    header: "Work item",
    cell: (involvement) => (
      <Link to="/involvements/$id" params={{ id: involvement.id }}>
        {involvement.workItemTitle}
      </Link>
    ),
  },
  { header: "Role", cell: (involvement) => involvementRoleLabels[involvement.role] },
  { header: "Status", cell: (involvement) => involvementStatusLabels[involvement.status] },
  { header: "From", cell: (involvement) => formatDate(involvement.startDate) },
];

/** Every involvement a person has had, on their page. */
export function PersonInvolvements({ personId }: { personId: string }) {
  const list = useQuery(allInvolvementsQuery({ personId }));
  return (
    <section className="work-item-form" aria-labelledby="person-involvements-title">
      <h2 id="person-involvements-title">Involvements</h2>
      <QueryView
        query={list}
        loading="Loading involvements…"
        error="Involvements could not be loaded."
        empty="No involvements recorded yet."
        isEmpty={(page) => page.total === 0}
      >
        {(page) => <DataTable caption={`Involvements, ${page.total}`} columns={columns} rows={page.items} />}
      </QueryView>
    </section>
  );
}
