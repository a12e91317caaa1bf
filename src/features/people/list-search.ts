import { z } from "zod";
import { perspective } from "../../shared/schemas/person";

const text = z
  .preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : String(v)),
    z.string().max(200).optional(),
  )
  .catch(undefined);

/** The People page's state in the URL; a bad value falls back to the default. */
export const peopleSearch = z.object({
  search: text,
  perspective: perspective.optional().catch(undefined),
  livedExperience: text,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type PeopleSearch = z.infer<typeof peopleSearch>;
