import { z } from "zod";

/** The Library enquiries page's state in the URL: which page of the log. */
export const librarySearch = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
