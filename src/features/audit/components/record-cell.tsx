import { Link } from "@tanstack/react-router";
import type { LoggedEntry } from "../api/audit";
import { recordNoun } from "../describe";

type Entry = Pick<LoggedEntry, "action" | "resource" | "recordId" | "subjectPersonId" | "subjectName" | "detail">;

/** The record's own page, where the app has one (and the record was not deleted by this entry). */
function RecordLink({ entry }: { entry: Entry }) {
  const noun = recordNoun(entry.resource);
  const id = entry.recordId;
  if (!id || entry.action === "delete") return noun;
  switch (entry.resource) {
    case "work-items":
    case "involvement-plans":
    case "event-details":
      // A work item's decision and event details are named by the work item's id.
      return (
        <Link to="/work-items/$id" params={{ id }}>
          {noun}
        </Link>
      );
    case "sessions": {
      const workItemId = entry.detail?.workItemId;
      return typeof workItemId === "string" ? (
        <Link to="/work-items/$id" params={{ id: workItemId }}>
          {noun}
        </Link>
      ) : (
        noun
      );
    }
    case "involvements":
      return (
        <Link to="/involvements/$id" params={{ id }}>
          {noun}
        </Link>
      );
    case "feedback":
      return (
        <Link to="/feedback/$id" params={{ id }}>
          {noun}
        </Link>
      );
    case "users":
      return (
        <Link to="/admin/users/$id" params={{ id }}>
          {noun}
        </Link>
      );
    default:
      return noun;
  }
}

/** The person an entry is about, by their name as it stands today, linked to their page. */
function Subject({ entry }: { entry: Entry }) {
  const id = entry.subjectPersonId;
  if (!id) return null;
  if (entry.subjectName === null) return <>a person since deleted</>;
  return (
    <Link to="/people/$id" params={{ id }}>
      {entry.subjectName}
    </Link>
  );
}

/** What an entry is about: the kind of record (linked where the app has a page) and the person. */
export function RecordCell({ entry }: { entry: Entry }) {
  // A person's own record: their name says it, linked once.
  if (entry.resource === "people" && entry.subjectPersonId && entry.subjectPersonId === entry.recordId) {
    return (
      <>
        Person: <Subject entry={entry} />
      </>
    );
  }
  return (
    <>
      <RecordLink entry={entry} />
      {entry.subjectPersonId ? (
        <>
          {", about "}
          <Subject entry={entry} />
        </>
      ) : null}
    </>
  );
}
