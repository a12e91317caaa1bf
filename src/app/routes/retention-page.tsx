import { useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState } from "../../components/ui/states";
import { useListSearch } from "../../components/ui/use-list-search";
import { RetentionReview } from "../../features/privacy/components/retention-review";
import { canReviewRetention } from "../../shared/permissions";

/** Admin's list of people whose retention review date has passed: keep each for another year, or erase them. */
export function RetentionPage() {
  usePageTitle("Retention review");
  const { user } = useRouteContext({ from: "/authed" });
  if (!canReviewRetention(user)) {
    return (
      <>
        <h1>Retention review</h1>
        <ErrorState
          title="Only admin reviews who is kept."
          detail="Ask an admin about keeping or erasing a person's record."
        />
      </>
    );
  }
  return <Review />;
}

function Review() {
  const { search, setPage } = useListSearch("/authed/admin/retention");
  return (
    <>
      <h1>Retention review</h1>
      <p>
        People whose review date has passed, the longest overdue first. Keep someone for another year if we still work
        with them, or erase them: their identity goes, and what they took part in stays on record.
      </p>
      <RetentionReview page={search.page} onPage={setPage} />
    </>
  );
}
