import { z } from "zod";
import { urlDate, urlId, urlParam, urlYear } from "../../lib/list-search";
import { workItemKind } from "../../shared/schemas/work-items";

/** The dashboard's filters in the URL (bookmark and share a view); bad values fall back. */
export const dashboardSearch = z.object({
  year: urlYear,
  quarter: urlParam(z.coerce.number().int().min(1).max(4)),
  teamId: urlId,
  kind: urlParam(workItemKind),
  /** A custom range (YYYY-MM-DD): when given, it replaces the year and quarter. */
  from: urlDate,
  to: urlDate,
});
export type DashboardSearch = z.infer<typeof dashboardSearch>;
