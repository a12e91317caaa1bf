import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { ListView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { useListSearch } from "../../components/ui/use-list-search";
import { enquiriesQuery } from "../../features/library-enquiries/api/library";
import { EnquiriesByMonth } from "../../features/library-enquiries/components/enquiries-by-month";
import { EnquiriesTable } from "../../features/library-enquiries/components/enquiries-table";
import { LogEnquiryForm } from "../../features/library-enquiries/components/log-enquiry-form";
import { canEditPeople } from "../../shared/permissions";

const pageSize = 25;

export function LibraryPage() {
  usePageTitle("Library enquiries");
  const { user } = useRouteContext({ from: "/authed" });
  const { search, setPage } = useListSearch("/authed/library");
  const log = useQuery(enquiriesQuery(search.page));
  return (
    <>
      <h1>Library enquiries</h1>
      {canEditPeople(user) ? <LogEnquiryForm /> : null}
      <div className="plan-section">
        <EnquiriesByMonth />
      </div>
      <div className="plan-section">
        <h2>The log</h2>
        <ListView
          query={log}
          loading="Loading enquiries…"
          error="Enquiries could not be loaded."
          empty="No enquiries logged yet."
          pagination={{ label: "Pages of enquiries", pageSize, onPage: setPage }}
        >
          {(page) => <EnquiriesTable items={page.items} caption={`Library enquiries, ${page.total}`} />}
        </ListView>
      </div>
    </>
  );
}
