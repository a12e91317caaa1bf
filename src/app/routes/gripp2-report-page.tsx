import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { reportWorkItemQuery } from "../../features/reports/api/reports";
import { Gripp2Form } from "../../features/reports/components/gripp2-form";
import { ReportFacts } from "../../features/reports/components/report-facts";
import { ReportHeader } from "../../features/reports/components/report-header";
import { hasGripp2 } from "../../features/reports/gripp2";
import { isProblem } from "../../lib/api-client";
import { workItemKindLabels } from "../../shared/schemas/work-item";

/** A GRIPP2 short-form draft for a research project, publication or blog, written from its involvement records. */
export function Gripp2ReportPage() {
  const { id } = useParams({ from: "/authed/work-items/$id/gripp2" });
  const item = useQuery(reportWorkItemQuery(id));
  usePageTitle(item.data ? `GRIPP2 short form: ${item.data.title}` : "GRIPP2 short form");

  if (item.isPending) return <LoadingState label="Loading the work item…" />;
  if (item.isError && isProblem(item.error, 404)) {
    return (
      <>
        <h1>Work item not found</h1>
        <p>
          It may have been deleted. Go back to <Link to="/work-items">Planned work</Link>.
        </p>
      </>
    );
  }
  if (item.isError) {
    return <ErrorState title="The work item could not be loaded." onRetry={() => void item.refetch()} />;
  }

  const current = item.data;
  const back = (
    <p className="breadcrumb no-print">
      <Link to="/work-items/$id" params={{ id: current.id }}>
        {current.title}
      </Link>
    </p>
  );
  if (!hasGripp2(current.kind)) {
    return (
      <>
        {back}
        <h1>GRIPP2 short form</h1>
        <p className="notice">
          The GRIPP2 short form reports involvement in research, publications and blogs. “{current.title}” is{" "}
          {workItemKindLabels[current.kind].toLowerCase()} work, so there is no draft to write.
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <ReportHeader title={`GRIPP2 short form: ${current.title}`}>
        <ReportFacts item={current} />
      </ReportHeader>
      <Gripp2Form item={current} />
    </>
  );
}
