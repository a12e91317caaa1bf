import { Link } from "@tanstack/react-router";

/** Admin's reminder of the retention reviews waiting, linking to the list of who is due. */
export function RetentionDue({ count }: { count: number }) {
  return (
    <aside className="notice" aria-label="Retention reviews">
      <p>
        <Link to="/admin/retention" search={{}}>
          Retention reviews due: {count}
        </Link>{" "}
        (also on{" "}
        <Link to="/attention" hash="retention-due">
          Needs attention
        </Link>
        )
      </p>
    </aside>
  );
}
