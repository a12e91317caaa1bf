import { Link } from "@tanstack/react-router";
import { changeText, displayValue, formatTarget } from "../../../lib/figures";
import type { Dashboard, Headline } from "../../../shared/schemas/metrics";
import type { DashboardSearch } from "../list-search";

type Props = {
  dashboard: Dashboard;
  /** The team and kind chosen, carried into the lists the cards link to where they filter by them. */
  filters: Pick<DashboardSearch, "teamId" | "kind">;
};

/** The headline figures, one card each: value, target, change on the previous period, and what is counted. */
export function HeadlineCards({ dashboard, filters }: Props) {
  return (
    <ul className="headline-cards" aria-label="Headline figures">
      {dashboard.headlines.map((headline) => (
        <HeadlineCard
          key={headline.key}
          headline={headline}
          previousLabel={dashboard.previousPeriod.label}
          filters={{ ...filters, from: dashboard.period.from, to: dashboard.period.to }}
        />
      ))}
    </ul>
  );
}

/** The filters a card's link carries: team and kind, and the period's start-date range. */
type LinkFilters = Props["filters"] & { from: string; to: string };

function HeadlineCard({
  headline,
  previousLabel,
  filters,
}: {
  headline: Headline;
  previousLabel: string;
  filters: LinkFilters;
}) {
  const shown = displayValue(headline);
  return (
    <li className="headline-card">
      <h2 className="headline-card__label">{headline.label}</h2>
      <p className="headline-card__value">{shown.value}</p>
      {shown.detail ? <p className="headline-card__detail">{shown.detail}</p> : null}
      {headline.target !== null ? (
        <p className="headline-card__target">{formatTarget(headline.unit, headline.target)}</p>
      ) : null}
      <p className="headline-card__change">{changeText(headline, previousLabel)}</p>
      <p className="headline-card__definition">{headline.definition}</p>
      <HeadlineLink headlineKey={headline.key} filters={filters} />
    </li>
  );
}

/** The list behind a figure, where there is one; unknown figures get no link. */
function HeadlineLink({ headlineKey, filters }: { headlineKey: string; filters: LinkFilters }) {
  switch (headlineKey) {
    case "decided":
      return (
        <Link className="headline-card__link" to="/work-items" search={{ plan: "undecided", ...filters }}>
          See undecided work
        </Link>
      );
    case "agendaTarget": {
      const kind = filters.kind === "conference" || filters.kind === "event" ? filters.kind : undefined;
      // Another kind of work has no agenda: the figure is 0 of 0, with no list behind it.
      if (filters.kind && !kind) return null;
      return (
        <Link className="headline-card__link" to="/events" search={{ target: "not_met", ...filters, kind }}>
          See events not meeting the target
        </Link>
      );
    }
    case "openActions":
      return (
        <Link className="headline-card__link" to="/feedback" search={{}}>
          See open actions
        </Link>
      );
    case "libraryPublic":
      return (
        <Link className="headline-card__link" to="/library" search={{}}>
          See library enquiries
        </Link>
      );
    case "staffTrained":
      return (
        <Link className="headline-card__link" to="/training" search={{}}>
          See staff training
        </Link>
      );
    default:
      return null;
  }
}
