import { urlPage, urlSearch } from "../../lib/list-search";

/** The Library enquiries page's state in the URL: which page of the log. */
export const librarySearch = urlSearch({
  page: urlPage,
});
