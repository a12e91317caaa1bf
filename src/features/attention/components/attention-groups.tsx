import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { QueryView } from "../../../components/ui/list-view";
import { formatDate } from "../../../lib/format";
import type { AttentionGroup, AttentionItem } from "../../../shared/schemas/attention";
import { attentionQuery } from "../api/attention";

/** Each group in its own section (id = its key, so the dashboard can link to it), oldest first. */
export function AttentionGroups() {
  const query = useQuery(attentionQuery());
  return (
    <QueryView
      query={query}
      loading="Loading what needs your attention…"
      error="What needs your attention could not be loaded."
      empty="Nothing needs your attention"
      emptyHint="When work starts soon without a decision, a payment is late or feedback is waiting, it will show here."
      isEmpty={(body) => body.total === 0}
    >
      {(body) => (
        <>
          <p>
            {body.total} {body.total === 1 ? "thing needs" : "things need"} your attention, the oldest first in each
            group.
          </p>
          {body.groups.map((group) => (
            <Group key={group.key} group={group} />
          ))}
        </>
      )}
    </QueryView>
  );
}

function Group({ group }: { group: AttentionGroup }) {
  const headingId = `${group.key}-heading`;
  return (
    <section id={group.key} className="attention-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.title} ({group.count})
      </h2>
      <ul className="attention-group__items">
        {group.items.map((item) => (
          <li key={item.id}>
            <EntryLink item={item} />
            <span className="attention-group__since"> — since {formatDate(item.since)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const uuidPath = /^\/(work-items|involvements|feedback|people)\/([0-9a-f-]{36})$/;

/** The app's own link to where to act (no full page load); any other path as a plain link. */
function EntryLink({ item }: { item: AttentionItem }) {
  const [path = "", hash] = item.href.split("#");
  if (path === "/admin/retention")
    return (
      <Link to="/admin/retention" search={{}}>
        {item.title}
      </Link>
    );
  const [, kind, id = ""] = uuidPath.exec(path) ?? [];
  const params = { id };
  switch (kind) {
    case "work-items":
      return (
        <Link to="/work-items/$id" params={params} hash={hash}>
          {item.title}
        </Link>
      );
    case "involvements":
      return (
        <Link to="/involvements/$id" params={params}>
          {item.title}
        </Link>
      );
    case "feedback":
      return (
        <Link to="/feedback/$id" params={params}>
          {item.title}
        </Link>
      );
    case "people":
      return (
        <Link to="/people/$id" params={params}>
          {item.title}
        </Link>
      );
    default:
      return <a href={item.href}>{item.title}</a>;
  }
}
