import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useRouteContext } from "@tanstack/react-router";
import { useRef } from "react";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { involvementQuery, useUpdateInvolvement } from "../../features/involvements/api/involvements";
import { InvolvementForm } from "../../features/involvements/components/involvement-form";
import { workItemQuery } from "../../features/work-items/api/queries";
import { canSeePersonalDetails, canWorkItem } from "../../shared/permissions";
import { involvementRoleLabels } from "../../shared/schemas/involvement-plans";

export function InvolvementPage() {
  const { id } = useParams({ from: "/authed/involvements/$id" });
  const { user } = useRouteContext({ from: "/authed" });
  const involvement = useQuery(involvementQuery(id));
  const workItemId = involvement.data?.workItemId;
  const workItem = useQuery({ ...workItemQuery(workItemId ?? ""), enabled: Boolean(workItemId) });
  const update = useUpdateInvolvement(id);
  const queryClient = useQueryClient();
  const flash = useFlash();
  const editingVersion = useRef<number | null>(null);
  if (editingVersion.current === null && involvement.data) editingVersion.current = involvement.data.version;
  usePageTitle(involvement.data ? `${involvement.data.personName}: involvement` : "Involvement");

  if (involvement.isPending || workItem.isPending) return <LoadingState label="Loading the involvement…" />;
  if (involvement.isError || workItem.isError) {
    return <ErrorState title="The involvement could not be loaded." onRetry={() => void involvement.refetch()} />;
  }
  const current = involvement.data;
  const item = workItem.data;
  const editable = canWorkItem(user, "update", item);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/work-items/$id" params={{ id: item.id }}>
          {item.title}
        </Link>
      </p>
      <h1>
        {current.personName}: {involvementRoleLabels[current.role].toLowerCase()}
      </h1>
      <p className="meta">
        <Link to="/people/$id" params={{ id: current.personId }}>
          See {current.personName}'s details
        </Link>
      </p>
      {editable ? null : <p className="notice">Your role can view this involvement but not change it.</p>}
      <InvolvementForm
        key={current.id}
        involvement={current}
        readOnly={!editable}
        withSupport={canSeePersonalDetails(user)}
        onSubmit={async (changes) => {
          const saved = await update.mutateAsync({ ...changes, version: editingVersion.current ?? current.version });
          editingVersion.current = saved.version;
          flash.show(`Saved the involvement of ${saved.personName}.`);
          return saved;
        }}
        onReloadLatest={async () => {
          const latest = await queryClient.fetchQuery({ ...involvementQuery(id), staleTime: 0 });
          editingVersion.current = latest.version;
          return latest;
        }}
      />
    </>
  );
}
