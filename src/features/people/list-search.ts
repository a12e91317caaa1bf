import { urlChoice, urlPage, urlSearch, urlText } from "../../lib/list-search";
import { perspectives } from "../../shared/choices";

/** The People page's state in the URL; a bad value falls back to the default. */
export const peopleSearch = urlSearch({
  search: urlText,
  perspective: urlChoice(perspectives),
  livedExperience: urlText,
  page: urlPage,
});
export type PeopleSearch = ReturnType<typeof peopleSearch>;
