import { z } from "zod";
import { workItemKinds, workItemSortFields, workItemSortValues, workItemStatuses } from "../choices";
import { choice, isoDate, listQuery, optionalParam, storedFields, versionLastRead } from "./common";
import { involvementLevel, planFilter } from "./involvement-plans";

// Defined without zod (../choices: the browser's first load needs the lists, not the schemas); kept here too.
export type { WorkItemKind, WorkItemSortField, WorkItemStatus } from "../choices";
export {
  defaultWorkItemSort,
  maxPageSize,
  startRangeErrors,
  workItemKindLabels,
  workItemKinds,
  workItemStatuses,
  workItemStatusLabels,
} from "../choices";

export const workItemKind = choice(workItemKinds);
export const workItemStatus = choice(workItemStatuses);

/** The fields a person edits; shared by the form, the API and the OpenAPI document. */
const workItemFields = z.object({
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(200, "Keep the title to 200 characters or fewer"),
  kind: workItemKind,
  teamId: z.uuid({ error: "Choose a team" }),
  leadId: z.uuid({ error: "Choose a lead" }),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  status: workItemStatus,
  summary: z.string({ error: "Summary must be text" }).max(5000, "Keep the summary to 5,000 characters or fewer"),
});

type DateRange = { startDate?: string; endDate?: string | null };

/** Cross-field rule: an item cannot end before it starts. */
function endNotBeforeStart(value: DateRange, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "End date must be on or after the start date" });
  }
}

/**
 * A whole work item as created, or as it stands after a change. An absent end date
 * or summary means none (defaults live here, not on the fields, so a PATCH that leaves
 * a field out never resets it).
 */
export const workItemInput = workItemFields
  .extend({ endDate: workItemFields.shape.endDate.default(null), summary: workItemFields.shape.summary.default("") })
  .superRefine(endNotBeforeStart);
export type WorkItemInput = z.infer<typeof workItemInput>;

/** PATCH body: any subset of the fields, plus the version last read. */
const workItemPatch = workItemFields.partial().extend({
  version: versionLastRead,
});
export type WorkItemPatch = z.infer<typeof workItemPatch>;

export const workItem = workItemFields.extend({
  /** The involvement decision's level; null while undecided (read-only here: see /plan). */
  planLevel: involvementLevel.nullable(),
  /** Conferences and events: whether a patient voice is on the agenda; null for other kinds. */
  agendaTargetMet: z.boolean().nullable(),
  ...storedFields,
});
export type WorkItem = z.infer<typeof workItem>;

export const workItemSort = z
  .string()
  .refine(
    (value) => workItemSortValues.includes(value),
    `Sort by one of: ${workItemSortFields.join(", ")} (prefix - to reverse), or upcoming`,
  );

/** met / not_met: conferences and events meeting the target or not; any: all conferences and events. */
const agendaTargetFilters = ["met", "not_met", "any"] as const;

/** Query parameters of the list; also the URL state of the Planned work page. */
export const workItemListQuery = listQuery({
  search: optionalParam(z.string().trim().max(200, "Keep the search to 200 characters or fewer")),
  kind: optionalParam(workItemKind),
  status: optionalParam(workItemStatus),
  teamId: optionalParam(z.uuid({ error: "Must be a valid team id" })),
  plan: optionalParam(planFilter),
  /** Conferences and events meeting (or not) the patient-voice-on-the-agenda target. */
  agendaTarget: optionalParam(z.enum(agendaTargetFilters, { error: "Choose met, not_met or any" })),
  /** Start date on or after this day (YYYY-MM-DD): with `to`, the period a dashboard figure counts. */
  from: optionalParam(isoDate),
  /** Start date on or before this day (YYYY-MM-DD). */
  to: optionalParam(isoDate),
  sort: optionalParam(workItemSort),
});
export type WorkItemListQuery = z.infer<typeof workItemListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const workItemSchemas = { item: workItem, input: workItemInput, patch: workItemPatch, query: workItemListQuery };

/** The editable fields of a stored item (what a form shows and a PATCH merges into). */
export function workItemFieldsOf(item: WorkItem): z.output<typeof workItemFields> {
  const {
    id: _id,
    planLevel: _level,
    agendaTargetMet: _target,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = item;
  return fields;
}

/**
 * A work item's involvement budget (its involvement decision's) against what is promised:
 * committed is the fees and expenses of confirmed and took-part involvements whose payment is not
 * declined; paid is the part of it marked paid; remaining is budget − committed (negative when
 * over). The four always add up: undecided or with no budget set, the budget counts as 0 and
 * `budgetSet` is false (pages say "Not set" and warn of nothing), while committed and paid still count.
 */
export const workItemBudget = z.object({
  budgetPence: z.number().int(),
  committedPence: z.number().int(),
  paidPence: z.number().int(),
  remainingPence: z.number().int(),
  /** Whether the involvement decision sets a budget (false: undecided, or left blank). */
  budgetSet: z.boolean(),
});
export type WorkItemBudget = z.infer<typeof workItemBudget>;
