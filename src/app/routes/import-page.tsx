import { useRouteContext } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState } from "../../components/ui/states";
import { ImportWorkspace } from "../../features/imports/components/import-workspace";
import { allows } from "../../shared/permissions";

/** Bringing spreadsheets in: people, planned work or involvements, previewed row by row before anything is written. */
export function ImportPage() {
  usePageTitle("Import");
  const { user } = useRouteContext({ from: "/authed" });
  return (
    <>
      <h1>Import</h1>
      {allows("imports.create", user.role) ? (
        <>
          <p>
            Bring in people, planned work or involvements from a spreadsheet. Every row is checked and shown to you
            first: nothing is written until you import, and an import can be undone while nothing it made has changed.
          </p>
          <ImportWorkspace />
        </>
      ) : (
        <ErrorState
          title="Only admin and project leads import spreadsheets."
          detail="Ask an admin if you have records to bring in."
        />
      )}
    </>
  );
}
