import { useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { EnquiriesByMonth } from "../../features/library/components/enquiries-by-month";
import { LogEnquiryForm } from "../../features/library/components/log-enquiry-form";
import { canEditPeople } from "../../shared/permissions";

export function LibraryPage() {
  usePageTitle("Library enquiries");
  const { user } = useRouteContext({ from: "/authed" });
  return (
    <>
      <h1>Library enquiries</h1>
      {canEditPeople(user) ? <LogEnquiryForm /> : null}
      <div className="plan-section">
        <EnquiriesByMonth />
      </div>
    </>
  );
}
