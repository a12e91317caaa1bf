import { z } from "zod";
import { urlPage } from "../../lib/list-search";

/** The Retention review page's state in the URL: its page. */
export const retentionSearch = z.object({ page: urlPage });
export type RetentionSearch = z.infer<typeof retentionSearch>;
