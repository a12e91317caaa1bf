import { z } from "zod";
import { isoDate } from "../../shared/schemas/common";

/** The Events page's state in the URL: target, team, kind and start-date filters, page, and the reporting year of the figures. */
export const eventsSearch = z.object({
  target: z.enum(["met", "not_met"]).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  kind: z.enum(["conference", "event"]).optional().catch(undefined),
  /** Start date range (YYYY-MM-DD), as a dashboard figure's period. */
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type EventsSearch = z.infer<typeof eventsSearch>;
