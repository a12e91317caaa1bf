import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { PersonNotFound } from "../../features/people/components/person-not-found";
import { subjectAccessQuery } from "../../features/privacy/api/privacy";
import { SubjectAccessDocument } from "../../features/privacy/components/subject-access-document";
import { isProblem } from "../../lib/api-client";
import { allows } from "../../shared/permissions";

/** Everything held about one person, for a subject access request: admin only. */
export function SubjectAccessPage() {
  const { user } = useRouteContext({ from: "/authed" });
  if (!allows("subjectAccess.read", user.role)) {
    return (
      <>
        <h1>Subject access</h1>
        <ErrorState
          title="Only admin answers subject access requests."
          detail="Ask an admin for everything held about a person."
        />
      </>
    );
  }
  return <SubjectAccess />;
}

function SubjectAccess() {
  const { id } = useParams({ from: "/authed/people/$id/subject-access" });
  const document = useQuery(subjectAccessQuery(id));
  usePageTitle(
    isProblem(document.error, 404)
      ? "Person not found"
      : document.data
        ? `Subject access: ${document.data.person.name}`
        : "Subject access",
  );

  if (document.isPending) return <LoadingState label="Gathering everything held about this person…" />;
  if (document.isError && isProblem(document.error, 404)) {
    return <PersonNotFound />;
  }
  if (document.isError) {
    return (
      <ErrorState title="The subject access document could not be made." onRetry={() => void document.refetch()} />
    );
  }
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/people/$id" params={{ id }}>
          {document.data.person.name}
        </Link>
      </p>
      <SubjectAccessDocument document={document.data} />
    </>
  );
}
