import { z } from "zod";
import { id, isoDate, optionalParam, pagingParams } from "./common";

/** Staff training in working with patients: who completed which course, and when (admin records it). */
export const trainingFields = z.object({
  userId: id,
  course: z
    .string({ error: "Enter the course" })
    .trim()
    .min(1, "Enter the course")
    .max(200, "Keep the course name to 200 characters or fewer"),
  completedOn: isoDate,
});
export const trainingInput = trainingFields;
export const trainingPatch = trainingFields
  .partial()
  .extend({ version: z.number({ error: "Send the version you last read" }).int().positive() });
export const training = trainingFields.extend({
  id,
  userName: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingRecord = z.infer<typeof training>;
export type TrainingInput = z.infer<typeof trainingInput>;
export const trainingListQuery = z.object({ userId: optionalParam(id), ...pagingParams });
export type TrainingListQuery = z.infer<typeof trainingListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const trainingSchemas = { item: training, input: trainingInput, patch: trainingPatch, query: trainingListQuery };
