import { z } from "zod";
import { isoDate } from "../../shared/schemas/common";
import { workItemKind } from "../../shared/schemas/work-item";

/** The dashboard's filters in the URL (bookmark and share a view); bad values fall back. */
export const dashboardSearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  quarter: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  kind: workItemKind.optional().catch(undefined),
  /** A custom range (YYYY-MM-DD): when given, it replaces the year and quarter. */
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearch>;
