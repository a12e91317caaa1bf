import { z } from "zod";
import { urlId, urlPage } from "../../lib/list-search";

/** The Staff training page's state in the URL; a bad value falls back to the default. */
export const trainingSearch = z.object({
  userId: urlId,
  page: urlPage,
});
