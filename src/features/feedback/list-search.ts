import { urlChoice, urlPage, urlSearch } from "../../lib/list-search";

/** The Feedback page's state in the URL: which list, which page. */
export const feedbackSearch = urlSearch({
  show: urlChoice(["open-actions", "all"]),
  page: urlPage,
});
