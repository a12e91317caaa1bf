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
  // A figure with nothing to count says so in words where the API gives them (in place of "—").
  const inWords = headline.value === null && headline.key in emptyInWords;
  return (
    <li className="headline-card">
      <h2 className="headline-card__label">{headline.label}</h2>
      <p className="headline-card__value">{inWords ? shown.detail : shown.value}</p>
      {shown.detail && !inWords ? <p className="headline-card__detail">{shown.detail}</p> : null}
      {headline.target !== null ? (
        <p className="headline-card__target">{formatTarget(headline.unit, headline.target)}</p>
      ) : null}
      {headline.target !== null && headline.value !== null && headline.key in showsVerdict ? (
        <TargetVerdict met={headline.value >= headline.target} />
      ) : null}
      <p className="headline-card__change">{changeText(headline, previousLabel)}</p>
      <p className="headline-card__definition">{headline.definition}</p>
      <HeadlineLink headlineKey={headline.key} filters={filters} />
      <AttentionLink headlineKey={headline.key} />
    </li>
  );
}

/** Figures whose empty state the API words in `detail` ("No payments due yet"). */
const emptyInWords: Record<string, true> = { paidWithin30Days: true };
/** Figures whose card says whether the target is met (a target to reach, not an ideal of 100%). */
const showsVerdict: Record<string, true> = { paidWithin30Days: true };

/** Met or not, in words: the colour only repeats it. */
function TargetVerdict({ met }: { met: boolean }) {
  return (
    <p className="headline-card__target">
      <span className={met ? "badge badge--met" : "badge badge--not-met"}>{met ? "Target met" : "Target not met"}</span>
    </p>
  );
}

/** Figures that overlap a group on Needs attention (its section's id), and what the link says. */
const attentionGroups: Record<string, { key: string; text: string }> = {
  decided: { key: "undecided-soon", text: "Needs attention: undecided work starting soon" },
  agendaTarget: { key: "target-at-risk", text: "Needs attention: events starting soon below target" },
  openActions: { key: "overdue-actions", text: "Needs attention: overdue actions" },
  toldBack: { key: "not-told-back", text: "Needs attention: feedback not told back" },
  paidWithin30Days: { key: "unpaid", text: "Needs attention: people not paid 30 days on" },
};

/** Today's entries behind a figure, on Needs attention (as the signed-in person sees them). */
function AttentionLink({ headlineKey }: { headlineKey: string }) {
  const group = attentionGroups[headlineKey];
  if (!group) return null;
  return (
    <p>
      <Link className="headline-card__link" to="/attention" hash={group.key}>
        {group.text}
      </Link>
    </p>
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
