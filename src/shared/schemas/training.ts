import { z } from "zod";
import { id, isoDate, listQuery, optionalParam, storedFields, versionLastRead } from "./common";

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
const trainingInput = trainingFields;
const trainingPatch = trainingFields.partial().extend({ version: versionLastRead });
export const training = trainingFields.extend({
  userName: z.string(),
  ...storedFields,
});
export type TrainingRecord = z.infer<typeof training>;
export const trainingListQuery = listQuery({ userId: optionalParam(id) });

/** The resource's schemas together: what the API reads and answers. */
export const trainingSchemas = { item: training, input: trainingInput, patch: trainingPatch, query: trainingListQuery };
