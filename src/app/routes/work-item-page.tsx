import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useRef } from "react";
import { useFlash } from "../../components/ui/flash";
import { OnThisPage, type PageSection } from "../../components/ui/on-this-page";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { ActivitySection } from "../../features/audit/components/activity-section";
import { planQuery } from "../../features/involvement-plans/api/plan";
import { InvolvementPlanForm } from "../../features/involvement-plans/components/involvement-plan-form";
import { InvolvementPlanSummary } from "../../features/involvement-plans/components/involvement-plan-summary";
import { InvolvementsSection } from "../../features/involvements/components/involvements-section";
import { hasGripp2 } from "../../features/reports/gripp2";
import { useUpdateWorkItem } from "../../features/work-items/api/mutations";
import { teamsQuery, usersQuery, workItemQuery } from "../../features/work-items/api/queries";
import { BudgetPanel } from "../../features/work-items/components/budget-panel";
import { DeleteWorkItem } from "../../features/work-items/components/delete-work-item";
import { WorkItemForm, type WorkItemFormValues } from "../../features/work-items/components/work-item-form";
import { isProblem } from "../../lib/api-client";
import { formatDate } from "../../lib/format";
import { allowedKinds, allows, canWorkItem, isEventKind } from "../../shared/permissions";
import { type WorkItem, workItemFieldsOf, workItemKinds } from "../../shared/schemas/work-items";
import { ConferenceReportLink, EventSections, eventPageSections } from "./event-sections";

const formValues = (item: WorkItem): WorkItemFormValues => workItemFieldsOf(item);

export function WorkItemPage() {
  const { id } = useParams({ from: "/authed/work-items/$id" });
  const { user } = useRouteContext({ from: "/authed" });
  const item = useQuery(workItemQuery(id));
  // An undecided item has no plan to fetch (the API would answer 404).
  const decided = item.data?.planLevel != null;
  const plan = useQuery({ ...planQuery(id), enabled: decided });
  const teams = useQuery(teamsQuery());
  const users = useQuery(usersQuery());
  const update = useUpdateWorkItem(id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const flash = useFlash();
  usePageTitle(isProblem(item.error, 404) ? "Work item not found" : (item.data?.title ?? "Work item"));
  // The version the person is editing. A background refetch may bring a newer one;
  // saving must still send this one, so their edit never silently overwrites.
  const editingVersion = useRef<number | null>(null);
  if (editingVersion.current === null && item.data) editingVersion.current = item.data.version;

  if (item.isPending || teams.isPending || users.isPending) return <LoadingState label="Loading the work item…" />;
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
  if (item.isError || teams.isError || users.isError) {
    return <ErrorState title="The work item could not be loaded." onRetry={() => void item.refetch()} />;
  }

  const current = item.data;
  const editable = canWorkItem(user, "update", current);
  const kinds = editable ? allowedKinds(user, workItemKinds) : workItemKinds;
  const event = isEventKind(current.kind);
  // The Activity section is the audit log's, and there only for a role that may read it.
  const activity = allows("audit.read", user.role);
  const sections: PageSection[] = [
    { id: "details", label: "Details" },
    { id: "decision", label: "Involvement decision" },
    { id: "budget", label: "Budget" },
    { id: "people-involved", label: "People involved" },
    ...(event ? eventPageSections : []),
    ...(activity ? [{ id: "activity", label: "Activity" }] : []),
  ];
  const details = (
    <WorkItemForm
      key={current.id}
      initial={formValues(current)}
      teams={teams.data}
      users={users.data}
      kinds={kinds.includes(current.kind) ? kinds : [...kinds, current.kind]}
      readOnly={!editable}
      onSubmit={async (values) => {
        // The version read when the form opened: a stale one gets 409, never a silent overwrite.
        const saved = await update.mutateAsync({ ...values, version: editingVersion.current ?? current.version });
        editingVersion.current = saved.version;
        flash.show(`Saved changes to “${saved.title}”.`);
        return formValues(saved);
      }}
      onReloadLatest={async () => {
        const latest = await queryClient.fetchQuery({ ...workItemQuery(id), staleTime: 0 });
        editingVersion.current = latest.version;
        return formValues(latest);
      }}
    />
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/work-items">Planned work</Link>
      </p>
      <div className="page-header">
        <h1>{current.title}</h1>
        {canWorkItem(user, "delete", current) ? (
          <DeleteWorkItem
            item={current}
            onDeleted={() => {
              flash.show(`Deleted “${current.title}”.`);
              void navigate({ to: "/work-items" });
            }}
          />
        ) : null}
      </div>
      <p className="meta">
        Last changed {formatDate(current.updatedAt)} · version {current.version}
      </p>
      {hasGripp2(current.kind) ? (
        <p>
          <Link to="/work-items/$id/gripp2" params={{ id: current.id }}>
            GRIPP2 short form
          </Link>{" "}
          <span className="meta">(a draft report of involvement, written from the records below)</span>
        </p>
      ) : null}
      {event ? <ConferenceReportLink workItemId={current.id} /> : null}
      {editable ? null : <p className="notice">Your role can view this work item but not change it.</p>}
      <div className="item-page">
        <OnThisPage sections={sections} />
        <div className="item-page__body">
          {/* A role that may change the item gets the form, under a heading of the page's own; one
              that may not gets a summary, which has its heading. */}
          {editable ? (
            <section id="details" className="item-page__part item-page__form-box" aria-labelledby="details-title">
              <h2 id="details-title" tabIndex={-1}>
                Details
              </h2>
              {details}
            </section>
          ) : (
            <div id="details" className="item-page__part">
              {details}
            </div>
          )}
          {/* The budget (the decision's) under the decision, in the column beside the details; under
              the details instead when the decision is a form, much taller than the details. */}
          <div className={editable ? "item-page__stack item-page__stack--budget-left" : "item-page__stack"}>
            <div id="decision" className="item-page__part item-page__decision">
              {decided && plan.isPending ? (
                <LoadingState label="Loading the involvement decision…" />
              ) : plan.isError ? (
                <ErrorState title="The involvement decision could not be loaded." onRetry={() => void plan.refetch()} />
              ) : editable ? (
                <InvolvementPlanForm
                  key={current.id}
                  workItemId={current.id}
                  plan={decided ? (plan.data ?? null) : null}
                  onReloadLatest={() => queryClient.fetchQuery({ ...planQuery(id), staleTime: 0 })}
                />
              ) : (
                <InvolvementPlanSummary plan={decided ? (plan.data ?? null) : null} />
              )}
            </div>
            <div id="budget" className="item-page__part">
              <BudgetPanel workItemId={current.id} planVersion={decided ? plan.data?.version : null} />
            </div>
          </div>
          <div id="people-involved" className="item-page__part item-page__part--wide">
            <InvolvementsSection workItemId={current.id} canManage={editable} />
          </div>
          {event ? <EventSections workItemId={current.id} startDate={current.startDate} user={user} /> : null}
          {activity ? (
            <div id="activity" className="item-page__part item-page__part--wide">
              <ActivitySection recordId={current.id} />
            </div>
          ) : null}
        </div>
      </div>
    </>
  );
}
