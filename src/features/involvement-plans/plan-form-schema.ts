import { z } from "zod";
import { penceToPounds, poundsText, poundsToPence } from "../../lib/money";
import { isoDate } from "../../shared/schemas/common";
import {
  type InvolvementPlan,
  type InvolvementPlanInput,
  involvementPlanFields,
  reasonWhenNone,
} from "../../shared/schemas/involvement-plans";

/**
 * The form's view of the shared schema: the budget typed in pounds, an empty date or
 * level as "not chosen". It ends in the very same rules as the API (reasonWhenNone).
 */
export const planFormSchema = involvementPlanFields
  .omit({ budgetPence: true, consideredOn: true, level: true })
  .extend({
    level: z
      .string()
      .refine((v) => v !== "", "Choose a level")
      .pipe(involvementPlanFields.shape.level),
    consideredOn: z.union([z.literal(""), isoDate]),
    budget: poundsText,
  })
  .superRefine(reasonWhenNone)
  .transform(
    ({ budget, consideredOn, ...rest }): InvolvementPlanInput => ({
      ...rest,
      consideredOn: consideredOn || null,
      budgetPence: poundsToPence(budget),
    }),
  );

export type PlanFormValues = z.input<typeof planFormSchema>;

export function planFormValues(plan: InvolvementPlan | null): PlanFormValues {
  return {
    considered: plan?.considered ?? true,
    consideredOn: plan?.consideredOn ?? "",
    level: plan?.level ?? "",
    roles: plan?.roles ?? [],
    budget: penceToPounds(plan?.budgetPence ?? null),
    reason: plan?.reason ?? "",
  };
}

/** API field paths → form field names. */
export const formFieldOf: Record<string, keyof PlanFormValues | undefined> = {
  considered: "considered",
  consideredOn: "consideredOn",
  level: "level",
  roles: "roles",
  budgetPence: "budget",
  reason: "reason",
};
