import { z } from "zod";
import { involvementLevels, planFilters } from "../choices";
import { choice, id, isoDate, storedFields, versionLastRead } from "./common";

// The engagement ladder (lowest to highest) and the list's plan filter, defined without zod in ../choices
// (the browser's first load needs the lists, not the schemas); kept here too.
export type { InvolvementLevel } from "../choices";
export { involvementLevelLabels, involvementLevels, planFilters } from "../choices";

/** What a person can do on a piece of work (also the roles of an involvement). */
export const involvementRoles = [
  "chair",
  "presenter",
  "facilitator",
  "panellist",
  "speaker_adviser",
  "co_researcher",
  "advisory_group",
  "author",
  "blog_contributor",
  "reviewer",
  "website_tester",
  "programme_participant",
  "other",
] as const;
export type InvolvementRole = (typeof involvementRoles)[number];

export const involvementRoleLabels: Record<InvolvementRole, string> = {
  chair: "Chair",
  presenter: "Presenter",
  facilitator: "Facilitator",
  panellist: "Panellist",
  speaker_adviser: "Adviser on speakers or content",
  co_researcher: "Co-researcher",
  advisory_group: "Advisory group member",
  author: "Author",
  blog_contributor: "Blog contributor",
  reviewer: "Reviewer",
  website_tester: "Website tester",
  programme_participant: "Programme participant",
  other: "Other",
};

export const involvementLevel = choice(involvementLevels);
export const involvementRole = choice(involvementRoles);

/** The decision as a person records it; the form, the PUT body and OpenAPI share it. */
export const involvementPlanFields = z.object({
  considered: z.boolean({ error: "Say whether involvement was considered" }),
  consideredOn: isoDate.nullable().default(null),
  level: involvementLevel,
  roles: z
    .array(involvementRole)
    .max(involvementRoles.length)
    .refine((roles) => new Set(roles).size === roles.length, "Each role once")
    .default([]),
  budgetPence: z
    .number({ error: "Enter the budget as a whole number of pence" })
    .int("Enter the budget as a whole number of pence")
    .min(0, "The budget cannot be negative")
    .max(2_000_000_000, "Keep the budget under £20,000,000")
    .nullable()
    .default(null),
  reason: z
    .string({ error: "Reason must be text" })
    .trim()
    .max(2000, "Keep the reason to 2,000 characters or fewer")
    .default(""),
});

/** The policy's rule: choosing not to involve anyone needs a reason. */
export function reasonWhenNone(value: { level?: string; reason?: string }, ctx: z.RefinementCtx) {
  if (value.level === "none" && !value.reason?.trim()) {
    ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason for not involving anyone" });
  }
}

const involvementPlanInput = involvementPlanFields.superRefine(reasonWhenNone);
export type InvolvementPlanInput = z.infer<typeof involvementPlanInput>;

/** PUT body: the decision, plus the version last read when replacing one. */
export const involvementPlanPut = involvementPlanFields
  .extend({ version: versionLastRead.optional() })
  .superRefine(reasonWhenNone);
export type InvolvementPlanPut = z.infer<typeof involvementPlanPut>;

export const involvementPlan = involvementPlanFields.extend({
  workItemId: id,
  consideredById: id.nullable(),
  // Kept by its work item's id: a decision has no id of its own.
  version: storedFields.version,
  createdAt: storedFields.createdAt,
  updatedAt: storedFields.updatedAt,
});
export type InvolvementPlan = z.infer<typeof involvementPlan>;

/** `plan=` on the work-item list: items with no decision yet, or at a given level. */
export const planFilter = choice(planFilters);
