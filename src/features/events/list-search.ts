import { urlChoice, urlDate, urlId, urlPage, urlSearch, urlYear } from "../../lib/list-search";

/** The Events page's state in the URL: target, team, kind and start-date filters, page, and the reporting year of the figures. */
export const eventsSearch = urlSearch({
  target: urlChoice(["met", "not_met"]),
  teamId: urlId,
  kind: urlChoice(["conference", "event"]),
  /** Start date range (YYYY-MM-DD), as a dashboard figure's period. */
  from: urlDate,
  to: urlDate,
  page: urlPage,
  year: urlYear,
});
