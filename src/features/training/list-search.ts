import { urlId, urlPage, urlSearch } from "../../lib/list-search";

/** The Staff training page's state in the URL; a bad value falls back to the default. */
export const trainingSearch = urlSearch({
  userId: urlId,
  page: urlPage,
});
