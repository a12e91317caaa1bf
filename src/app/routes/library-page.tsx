import { useQuery } from "@tanstack/react-query";
import { useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { Pagination } from "../../components/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "../../components/ui/states";
import { enquiriesQuery } from "../../features/library/api/library";
import { EnquiriesByMonth } from "../../features/library/components/enquiries-by-month";
import { EnquiriesTable } from "../../features/library/components/enquiries-table";
import { LogEnquiryForm } from "../../features/library/components/log-enquiry-form";
import { canEditPeople } from "../../shared/permissions";

const pageSize = 25;

export function LibraryPage() {
  usePageTitle("Library enquiries");
  const { user } = useRouteContext({ from: "/authed" });
  const { page } = useSearch({ from: "/authed/library" });
  const navigate = useNavigate({ from: "/library" });
  const log = useQuery(enquiriesQuery(page));
  return (
    <>
      <h1>Library enquiries</h1>
      {canEditPeople(user) ? <LogEnquiryForm /> : null}
      <div className="plan-section">
        <EnquiriesByMonth />
      </div>
      <div className="plan-section">
        <h2>The log</h2>
        {log.isPending ? (
          <LoadingState label="Loading enquiries…" />
        ) : log.isError ? (
          <ErrorState title="Enquiries could not be loaded." onRetry={() => void log.refetch()} />
        ) : log.data.total === 0 ? (
          <EmptyState title="No enquiries logged yet." />
        ) : (
          <div aria-busy={log.isFetching}>
            <EnquiriesTable items={log.data.items} caption={`Library enquiries, ${log.data.total}`} />
            <Pagination
              label="Pages of enquiries"
              page={log.data.page}
              pageSize={pageSize}
              total={log.data.total}
              onPage={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })}
            />
          </div>
        )}
      </div>
    </>
  );
}
