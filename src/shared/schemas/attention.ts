import { z } from "zod";
import { attentionKeys } from "../attention-rules";
import { isoDate } from "./common";

/** One thing to act on: where to act (an app path), and the day it became due or late. */
export const attentionItem = z.object({
  id: z.string(),
  title: z.string(),
  href: z.string(),
  since: isoDate,
});
export type AttentionItem = z.infer<typeof attentionItem>;

/** One rule's entries, oldest first; a rule with nothing in it is left out. */
export const attentionGroup = z.object({
  key: z.enum(attentionKeys),
  title: z.string(),
  count: z.number().int(),
  items: z.array(attentionItem),
});
export type AttentionGroup = z.infer<typeof attentionGroup>;

/** What needs the signed-in user's attention today: `total` is every entry of every group. */
export const attention = z.object({
  total: z.number().int(),
  groups: z.array(attentionGroup),
});
export type Attention = z.infer<typeof attention>;
