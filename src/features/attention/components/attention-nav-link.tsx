import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { attentionQuery } from "../api/attention";

const itemsText = (total: number) => `${total} ${total === 1 ? "item" : "items"}`;

/** The navigation link to Needs attention, with how many entries wait there (read out as "…, 5 items"). */
export function AttentionNavLink() {
  const { data } = useQuery(attentionQuery());
  const total = data?.total ?? 0;
  return (
    <Link
      to="/attention"
      activeProps={{ className: "active" }}
      aria-label={total > 0 ? `Needs attention, ${itemsText(total)}` : "Needs attention"}
    >
      Needs attention
      {total > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {total}
        </span>
      ) : null}
    </Link>
  );
}
