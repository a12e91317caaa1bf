import { z } from "zod";

/** The annual report's reporting year in the URL (the year it starts); default: the current one. */
export const annualReportSearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
