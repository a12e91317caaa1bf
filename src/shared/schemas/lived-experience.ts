import { z } from "zod";

/** One lived-experience tag and how many people in the directory have it, under the publication rule. */
const tagCount = z.object({
  tag: z.string(),
  /** People with the tag: 0, or rounded to the nearest roundingBase; null for 1 to threshold − 1 (suppressed). */
  people: z.number().int().nullable(),
  suppressed: z.boolean(),
});
export type LivedExperienceCount = z.infer<typeof tagCount>;

/**
 * The lived-experience tags in use, A to Z, and people counted by tag: an aggregate every role may
 * read, made safe to publish as equality figures are (ADR 006): never a count of 1 to threshold − 1.
 */
export const livedExperienceTags = z.object({
  items: z.array(z.string()),
  /** Counts from 1 to threshold − 1 are shown only as "fewer than {threshold}". */
  threshold: z.number().int(),
  /** Counts are rounded to the nearest multiple of this (1: not rounded). */
  roundingBase: z.number().int(),
  /** Whether the counts are rounded (roundingBase above 1). */
  rounded: z.boolean(),
  counts: z.array(tagCount),
});
export type LivedExperienceTags = z.infer<typeof livedExperienceTags>;
