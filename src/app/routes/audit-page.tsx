import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { DownloadCsv } from "../../components/ui/download-csv";
import { ListView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState } from "../../components/ui/states";
import { useListSearch } from "../../components/ui/use-list-search";
import { auditListQuery } from "../../features/audit/api/audit";
import { AuditFilters } from "../../features/audit/components/audit-filters";
import { AuditTable } from "../../features/audit/components/audit-table";
import { auditPageSize, toAuditQuery } from "../../features/audit/list-search";
import { usersQuery } from "../../features/work-items/api/queries";
import { allows } from "../../shared/permissions";

/** Admin's record of who did what: every change, sensitive read, export, refusal and sign-in. */
export function AuditPage() {
  usePageTitle("Audit log");
  const { user } = useRouteContext({ from: "/authed" });
  if (!allows("audit.read", user.role)) return <AdminOnly />;
  return <AuditLog />;
}

function AdminOnly() {
  return (
    <>
      <h1>Audit log</h1>
      <ErrorState title="Only admin sees the audit log." detail="Ask an admin if you need to know who changed what." />
    </>
  );
}

function AuditLog() {
  const { search, setFilters, setPage } = useListSearch("/authed/admin/audit");
  const query = toAuditQuery(search);
  // A range that ends before it starts holds nothing; the To field says why, so no request is sent.
  const backwards = Boolean(search.from && search.to && search.to < search.from);
  const list = useQuery({ ...auditListQuery(query), enabled: !backwards });
  const accounts = useQuery(usersQuery());
  const { page: _page, ...filters } = search;
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <div className="page-header">
        <h1>Audit log</h1>
        <div className="form-actions">
          <DownloadCsv name="audit" query={query} />
        </div>
      </div>
      <p>
        Every change (with what each field was and became), every view of someone’s record, every export, every refusal
        and every sign-in, newest first. Special-category values are never recorded, only that they changed.
      </p>
      <AuditFilters search={search} accounts={accounts.data ?? []} onChange={setFilters} />
      <ListView
        query={list}
        unmatchable={backwards ? "The date range ends before it begins." : undefined}
        loading="Loading the audit log…"
        error="The audit log could not be loaded."
        errorDetail
        empty={filtered ? "No entries match these filters." : "Nothing recorded yet."}
        emptyHint={filtered ? "Try other filters, or clear them to see the whole log." : undefined}
        pagination={{ label: "Pages of the audit log", pageSize: auditPageSize, onPage: setPage }}
      >
        {(page) => <AuditTable entries={page.items} caption={`Audit log, ${page.total} entries`} />}
      </ListView>
    </>
  );
}
