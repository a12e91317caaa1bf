import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useRef } from "react";
import { useFlash } from "../../components/ui/flash";
import { usePageTitle } from "../../components/ui/page-title";
import { ErrorState, LoadingState } from "../../components/ui/states";
import { feedbackQuery, useSaveFeedback } from "../../features/feedback/api/feedback";
import { FeedbackForm } from "../../features/feedback/components/feedback-form";
import { usersQuery, workItemQuery } from "../../features/work-items/api/queries";
import { canEditPeople } from "../../shared/permissions";

/** One piece of feedback (or a new one when there is no id). */
export function FeedbackItemPage() {
  const params = useParams({ strict: false }) as { id?: string };
  const id = params.id;
  const { user } = useRouteContext({ from: "/authed" });
  const item = useQuery({ ...feedbackQuery(id ?? ""), enabled: Boolean(id) });
  const users = useQuery(usersQuery());
  const mayChange = canEditPeople(user);
  // A role that reads the feedback sees the work item it is about by its title (a link, in the summary).
  const aboutId = item.data?.workItemId ?? null;
  const about = useQuery({ ...workItemQuery(aboutId ?? ""), enabled: !mayChange && aboutId !== null });
  const save = useSaveFeedback(id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const flash = useFlash();
  const editingVersion = useRef<number | null>(null);
  if (editingVersion.current === null && item.data) editingVersion.current = item.data.version;
  usePageTitle(id ? "Feedback" : "Log feedback");

  if ((id && item.isPending) || users.isPending) return <LoadingState label="Loading…" />;
  if ((id && item.isError) || users.isError) {
    return <ErrorState title="The feedback could not be loaded." onRetry={() => void item.refetch()} />;
  }
  const current = id ? (item.data ?? null) : null;

  if (!current && !mayChange) {
    return (
      <>
        <h1>Log feedback</h1>
        <p>
          Your role can read feedback but not log it. Go back to <Link to="/feedback">Feedback and actions</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/feedback">Feedback and actions</Link>
      </p>
      <h1>{id ? "Feedback" : "Log feedback"}</h1>
      {mayChange ? null : <p className="notice">Your role can read feedback but not change it.</p>}
      <FeedbackForm
        key={current?.id ?? "new"}
        item={current}
        users={users.data}
        readOnly={!mayChange}
        workItemTitle={about.data?.title}
        onSubmit={async (values) => {
          const saved = await save.mutateAsync(
            current ? { ...values, version: editingVersion.current ?? current.version } : values,
          );
          editingVersion.current = saved.version;
          flash.show(current ? "Saved the feedback." : "Logged the feedback.");
          return saved;
        }}
        onSaved={(saved) => {
          if (!current) void navigate({ to: "/feedback/$id", params: { id: saved.id } });
        }}
        {...(id
          ? {
              onReloadLatest: async () => {
                const latest = await queryClient.fetchQuery({ ...feedbackQuery(id), staleTime: 0 });
                editingVersion.current = latest.version;
                return latest;
              },
            }
          : {})}
      />
    </>
  );
}
