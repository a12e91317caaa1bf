import { Link } from "@tanstack/react-router";
import { type ColumnDef, flexRender, getCoreRowModel, type Row, useReactTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { ScrollRegion } from "../../../components/ui/scroll-region";
import { formatDate } from "../../../lib/format";
import {
  defaultWorkItemSort,
  involvementLevelLabels,
  type WorkItemSortField,
  workItemKindLabels,
  workItemStatusLabels,
} from "../../../shared/choices";
import type { Team } from "../../../shared/schemas/team";
import type { UserSummary } from "../../../shared/schemas/users";
import type { WorkItem } from "../../../shared/schemas/work-items";

type Props = {
  items: WorkItem[];
  teams: Team[];
  users: UserSummary[];
  sort: string | undefined;
  onSort: (sort: string) => void;
  caption: string;
};

type Column = ColumnDef<WorkItem> & { id: WorkItemSortField | "planLevel" };

const sortable = (id: string): id is WorkItemSortField => id !== "planLevel";

/** The Planned work table. Sorting happens in the database; a header is a button that asks for it. */
export function WorkItemsTable({ items, teams, users, sort = defaultWorkItemSort, onSort, caption }: Props) {
  const columns = useMemo<Column[]>(() => {
    const teamName = new Map(teams.map((t) => [t.id, t.name]));
    const userName = new Map(users.map((u) => [u.id, u.name]));
    return [
      {
        id: "title",
        header: "Title",
        cell: ({ row }) => (
          <Link to="/work-items/$id" params={{ id: row.original.id }}>
            {row.original.title}
          </Link>
        ),
      },
      { id: "kind", header: "Kind", cell: ({ row }) => workItemKindLabels[row.original.kind] },
      { id: "team", header: "Team", cell: ({ row }) => teamName.get(row.original.teamId) ?? "—" },
      { id: "lead", header: "Lead", cell: ({ row }) => userName.get(row.original.leadId) ?? "—" },
      {
        id: "startDate",
        header: "Start",
        cell: ({ row }) => <time dateTime={row.original.startDate}>{formatDate(row.original.startDate)}</time>,
      },
      {
        id: "status",
        header: "Status",
        cell: ({ row }) => (
          <span className={`badge badge--${row.original.status}`}>{workItemStatusLabels[row.original.status]}</span>
        ),
      },
      {
        id: "planLevel",
        header: "Involvement",
        cell: ({ row }) =>
          row.original.planLevel ? (
            involvementLevelLabels[row.original.planLevel]
          ) : (
            <span className="badge badge--undecided">Undecided</span>
          ),
      },
    ];
  }, [teams, users]);

  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
  });

  const sortedField = sort.replace(/^-/, "");
  const descending = sort.startsWith("-");

  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const field = header.column.id;
                const active = field === sortedField;
                const label = String(header.column.columnDef.header);
                const next = active && !descending ? `-${field}` : field;
                if (!sortable(field)) {
                  return (
                    <th key={header.id} scope="col">
                      {label}
                    </th>
                  );
                }
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? (descending ? "descending" : "ascending") : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(next)}>
                      {label}
                      <span aria-hidden="true" className="sort-button__icon">
                        {active ? (descending ? "▼" : "▲") : "↕"}
                      </span>
                      <span className="visually-hidden">
                        {active
                          ? `, sorted ${descending ? "descending" : "ascending"}; sort ${descending ? "ascending" : "descending"}`
                          : ", sort ascending"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <WorkItemRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One row, a component of its own: React can pause between rows, so a long page is not one long task. */
function WorkItemRow({ row }: { row: Row<WorkItem> }) {
  return (
    <tr>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}
