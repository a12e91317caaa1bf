import { z } from "zod";
import { isoDate } from "../shared/schemas/common";

/**
 * The pieces every list page's URL search schema is made of. A bad or hand-edited value
 * falls back to "not given" instead of breaking the page.
 */

/** Any schema as an optional URL value: missing or bad means "not given". */
export const urlParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A typed search value; numbers typed into a search box arrive from the URL as numbers. */
export const urlText = z
  .preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : String(v)),
    z.string().max(200).optional(),
  )
  .catch(undefined);

/** The page of a list, from 1. */
export const urlPage = urlParam(z.coerce.number().int().min(1));

/** A reporting year (the year it starts in). */
export const urlYear = urlParam(z.coerce.number().int().min(2000).max(2100));

/** An id, e.g. of a team or a member of staff. */
export const urlId = urlParam(z.uuid());

/** A calendar date (YYYY-MM-DD), e.g. one end of a start-date range. */
export const urlDate = urlParam(isoDate);
