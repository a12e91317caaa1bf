import { z } from "zod";

/** The Staff training page's state in the URL; a bad value falls back to the default. */
export const trainingSearch = z.object({
  userId: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type TrainingSearch = z.infer<typeof trainingSearch>;
