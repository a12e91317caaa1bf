import { urlPage, urlSearch } from "../../lib/list-search";

/** The Retention review page's state in the URL: its page. */
export const retentionSearch = urlSearch({ page: urlPage });
export type RetentionSearch = ReturnType<typeof retentionSearch>;
