import { Link, useParams } from "@tanstack/react-router";
import { Gripp2Form } from "../../features/reports/components/gripp2-form";
import { WorkItemReport } from "../../features/reports/components/work-item-report";
import { hasGripp2 } from "../../features/reports/gripp2";

/** A GRIPP2 short-form draft for a research project, publication or blog, written from its involvement records. */
export function Gripp2ReportPage() {
  const { id } = useParams({ from: "/authed/work-items/$id/gripp2" });
  return (
    <WorkItemReport
      id={id}
      name="GRIPP2 short form"
      loadingLabel="Loading the work item…"
      errorTitle="The work item could not be loaded."
      backTo={<Link to="/work-items">Planned work</Link>}
      applies={hasGripp2}
      notApplicable={{
        scope: "The GRIPP2 short form reports involvement in research, publications and blogs.",
        so: "there is no draft to write.",
      }}
    >
      {(item) => <Gripp2Form item={item} />}
    </WorkItemReport>
  );
}
