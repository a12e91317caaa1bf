import { z } from "zod";
import { urlPage, urlParam } from "../../lib/list-search";

/** The Feedback page's state in the URL: which list, which page. */
export const feedbackSearch = z.object({
  show: urlParam(z.enum(["open-actions", "all"])),
  page: urlPage,
});
