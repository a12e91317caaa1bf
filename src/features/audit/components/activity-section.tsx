import { useQuery } from "@tanstack/react-query";
import { Link, useRouteContext } from "@tanstack/react-router";
import { useId } from "react";
import { QueryView } from "../../../components/ui/list-view";
import { formatInstant } from "../../../lib/format";
import { allows } from "../../../shared/permissions";
import { auditListQuery, type LoggedEntry } from "../api/audit";
import { activityAction, entryDetails } from "../describe";

type Props = {
  /** A person's Activity: every entry about them (their record, involvements, equality answers…). */
  personId?: string;
  /** One record's Activity (a work item's): every entry naming it. */
  recordId?: string;
};

/** How many entries the section shows; the audit log has the rest. */
const newest = 20;

/** "30 Nov 2026, 14:05 — Dev Halloran — Changed — phone: 01632 960001 → 01632 960002" */
function ActivityLine({ entry, about }: { entry: LoggedEntry; about: "person" | "record" }) {
  const details = entryDetails(entry);
  return (
    <li>
      <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
      {` — ${entry.actorName} — ${activityAction(entry, about)}`}
      {details.length ? ` — ${details.join("; ")}` : ""}
    </li>
  );
}

/**
 * Who did what to this person or record, newest first: admin only (the audit log is theirs),
 * so for every other role the section is not there at all.
 */
export function ActivitySection({ personId, recordId }: Props) {
  const { user } = useRouteContext({ from: "/authed" });
  const headingId = useId();
  const mayRead = allows("audit.read", user.role) && Boolean(personId || recordId);
  const filter = personId ? { personId } : { recordId };
  const activity = useQuery({ ...auditListQuery({ ...filter, pageSize: newest }), enabled: mayRead });
  if (!mayRead) return null;
  const about = personId ? "person" : "record";

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Activity</h2>
      <QueryView
        query={activity}
        loading="Loading activity…"
        error="The activity could not be loaded."
        empty="No activity recorded yet."
        isEmpty={(page) => page.items.length === 0}
      >
        {(page) => (
          <ol className="activity-list" aria-label={`Activity, newest first: ${page.items.length} of ${page.total}`}>
            {page.items.map((entry) => (
              <ActivityLine key={entry.id} entry={entry} about={about} />
            ))}
          </ol>
        )}
      </QueryView>
      <p>
        <Link to="/admin/audit" search={filter}>
          See all in the audit log
        </Link>
      </p>
    </section>
  );
}
