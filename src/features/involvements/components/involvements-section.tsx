import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { rowsLimitedClass, rowsShownAtFirst, ShowAllButton } from "../../../components/ui/collapsible-section";
import { type DataColumn, DataTable } from "../../../components/ui/data-table";
import { DownloadCsv } from "../../../components/ui/download-csv";
import { QueryView } from "../../../components/ui/list-view";
import { involvementRoleLabels } from "../../../shared/schemas/involvement-plans";
import { type Involvement, involvementStatusLabels, paymentStatusLabels } from "../../../shared/schemas/involvements";
import { allInvolvementsQuery } from "../api/involvements";
import { AddInvolvementForm } from "./add-involvement-form";

const briefly = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

const columns = (canManage: boolean): DataColumn<Involvement>[] => [
  {
    header: "Person",
    cell: (involvement) => (
      <Link to="/people/$id" params={{ id: involvement.personId }}>
        {involvement.personName}
      </Link>
    ),
  },
  { header: "Role", cell: (involvement) => involvementRoleLabels[involvement.role] },
  { header: "Status", cell: (involvement) => involvementStatusLabels[involvement.status] },
  { header: "Payment", cell: (involvement) => paymentStatusLabels[involvement.paymentStatus] },
  { header: "What changed", cell: (involvement) => briefly(involvement.impact) || "—" },
  {
    header: "Details",
    hideHeader: true,
    cell: (involvement) => (
      <Link to="/involvements/$id" params={{ id: involvement.id }}>
        {canManage ? "Edit" : "View"}
        <span className="visually-hidden"> the involvement of {involvement.personName}</span>
      </Link>
    ),
  },
];

/**
 * Who takes part in a work item, and (for those who may) a way to add someone. A long list shows
 * its first 20 on screen, with "Show all N people"; paper always has everyone.
 */
export function InvolvementsSection({ workItemId, canManage }: { workItemId: string; canManage: boolean }) {
  const list = useQuery(allInvolvementsQuery({ workItemId }));
  const [expanded, setExpanded] = useState(false);
  const tableId = useId();
  return (
    <section className="work-item-form" aria-labelledby="people-involved-title">
      <h2 id="people-involved-title">People involved</h2>
      <QueryView
        query={list}
        loading="Loading the people involved…"
        error="The people involved could not be loaded."
        empty="Nobody is recorded yet."
        isEmpty={(page) => page.total === 0}
      >
        {(page) => {
          const long = page.items.length > rowsShownAtFirst;
          return (
            <>
              <div id={tableId} className={long && !expanded ? rowsLimitedClass : undefined}>
                <DataTable caption={`People involved, ${page.total}`} columns={columns(canManage)} rows={page.items} />
              </div>
              <div className="list-actions">
                {long ? (
                  <>
                    <span className="no-print">
                      {expanded
                        ? `Showing all ${page.items.length}.`
                        : `Showing the first ${rowsShownAtFirst} of ${page.items.length}.`}
                    </span>
                    <ShowAllButton
                      expanded={expanded}
                      onToggle={setExpanded}
                      controls={tableId}
                      showLabel={`Show all ${page.items.length} people`}
                      hideLabel={`Show the first ${rowsShownAtFirst} only`}
                    />
                  </>
                ) : null}
                <DownloadCsv name="involvements" query={{ workItemId }} />
              </div>
            </>
          );
        }}
      </QueryView>
      {canManage ? <AddInvolvementForm workItemId={workItemId} /> : null}
    </section>
  );
}
