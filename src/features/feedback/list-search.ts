import { z } from "zod";

/** The Feedback page's state in the URL: which list, which page. */
export const feedbackSearch = z.object({
  show: z.enum(["open-actions", "all"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type FeedbackSearch = z.infer<typeof feedbackSearch>;
