import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext } from "@tanstack/react-router";
import { useRef } from "react";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { useCreateWorkItem } from "../../features/work-items/api/mutations";
import { teamsQuery, usersQuery } from "../../features/work-items/api/queries";
import { WorkItemForm, type WorkItemFormValues } from "../../features/work-items/components/work-item-form";
import { allowedKinds, canCreateAnyWorkItem } from "../../shared/permissions";
import { workItemKinds } from "../../shared/schemas/work-items";

export function NewWorkItemPage() {
  usePageTitle("New work item");
  const { user } = useRouteContext({ from: "/authed" });
  const teams = useQuery(teamsQuery());
  const users = useQuery(usersQuery());
  const create = useCreateWorkItem();
  const navigate = useNavigate();
  const flash = useFlash();
  const kinds = allowedKinds(user, workItemKinds);
  const created = useRef<string | null>(null);

  if (!canCreateAnyWorkItem(user)) {
    return (
      <>
        <h1>New work item</h1>
        <p>Your role can read planned work but not add to it.</p>
      </>
    );
  }

  const initial: WorkItemFormValues = {
    title: "",
    kind: kinds[0] ?? "other",
    teamId: "",
    leadId: user.id,
    startDate: "",
    endDate: null,
    status: "planned",
    summary: "",
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/work-items">Planned work</Link>
      </p>
      <h1>New work item</h1>
      {teams.isPending || users.isPending ? (
        <LoadingState label="Loading the form…" />
      ) : teams.isError || users.isError ? (
        <ErrorState
          title="The form could not be loaded."
          onRetry={() => {
            void teams.refetch();
            void users.refetch();
          }}
        />
      ) : (
        <WorkItemForm
          initial={initial}
          teams={teams.data}
          users={users.data}
          kinds={kinds}
          onSubmit={async (values) => {
            const item = await create.mutateAsync(values);
            created.current = item.id;
            flash.show(`Created “${item.title}”.`);
            return values;
          }}
          onSaved={() => {
            // Navigate once the form is clean, so the unsaved-changes guard lets us go.
            if (created.current) void navigate({ to: "/work-items/$id", params: { id: created.current } });
          }}
        />
      )}
    </>
  );
}
