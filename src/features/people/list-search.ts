import { z } from "zod";
import { urlPage, urlParam, urlText } from "../../lib/list-search";
import { perspective } from "../../shared/schemas/people";

/** The People page's state in the URL; a bad value falls back to the default. */
export const peopleSearch = z.object({
  search: urlText,
  perspective: urlParam(perspective),
  livedExperience: urlText,
  page: urlPage,
});
export type PeopleSearch = z.infer<typeof peopleSearch>;
