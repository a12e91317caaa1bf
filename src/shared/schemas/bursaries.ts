import { z } from "zod";
import { choice, id, idParam, isoDate, listQuery, optionalParam, pence, storedFields, versionLastRead } from "./common";

export const bursaryStatuses = [
  "applied",
  "offered",
  "accepted",
  "attended",
  "no_show",
  "declined",
  "withdrawn",
] as const;
export type BursaryStatus = (typeof bursaryStatuses)[number];
export const bursaryStatusLabels: Record<BursaryStatus, string> = {
  applied: "Applied",
  offered: "Offered",
  accepted: "Accepted",
  attended: "Attended",
  no_show: "Did not attend",
  declined: "Declined",
  withdrawn: "Withdrawn",
};

/** applied → offered → accepted → attended | no_show, or declined / withdrawn on the way. */
export const bursaryTransitions: Record<BursaryStatus, readonly BursaryStatus[]> = {
  applied: ["offered", "declined", "withdrawn"],
  offered: ["accepted", "declined", "withdrawn"],
  accepted: ["attended", "no_show", "withdrawn"],
  attended: [],
  no_show: [],
  declined: [],
  withdrawn: [],
};
/** A bursary starts as an application, or as an offer made directly. */
export const bursaryStartStatuses: readonly BursaryStatus[] = ["applied", "offered"];
/** Statuses that hold a place (and commit money) at the event. */
export const placeHoldingStatuses: readonly BursaryStatus[] = ["offered", "accepted", "attended", "no_show"];
/** The funnel's stages: it counts everyone who reached a stage, even if they later moved on or dropped out. */
export const funnelStages = ["applied", "offered", "accepted", "attended"] as const;

const bursaryStatus = choice(bursaryStatuses);

export const bursaryFields = z.object({
  workItemId: id,
  personId: id,
  status: bursaryStatus,
  ticketValuePence: pence("ticket value"),
  travelPence: pence("travel cost"),
  accommodationPence: pence("accommodation cost"),
  carePence: pence("care cost"),
  claimedOn: isoDate.nullable(),
  paidOn: isoDate.nullable(),
});

/** `statusOn` dates a status change (default: today); it is kept in `statusHistory`. */
const statusOn = isoDate.optional();

const bursaryInput = bursaryFields.extend({
  status: bursaryStatus.default("applied"),
  ticketValuePence: bursaryFields.shape.ticketValuePence.default(0),
  travelPence: bursaryFields.shape.travelPence.default(0),
  accommodationPence: bursaryFields.shape.accommodationPence.default(0),
  carePence: bursaryFields.shape.carePence.default(0),
  claimedOn: bursaryFields.shape.claimedOn.default(null),
  paidOn: bursaryFields.shape.paidOn.default(null),
  statusOn,
});

const bursaryPatch = bursaryFields
  .omit({ workItemId: true, personId: true })
  .partial()
  .extend({ statusOn, version: versionLastRead });

const statusChange = z.object({ status: bursaryStatus, on: isoDate });
export const bursary = bursaryFields.extend({
  /** Absent for a role that may not see a named person's care needs (managers), with the total. */
  carePence: bursaryFields.shape.carePence.optional(),
  statusHistory: z.array(statusChange),
  personName: z.string(),
  workItemTitle: z.string(),
  /** Ticket value waived, travel, accommodation and care; absent where care is. */
  totalPence: z.number().int().optional(),
  ...storedFields,
});
export type Bursary = z.infer<typeof bursary>;

export const bursaryListQuery = listQuery({
  workItemId: idParam("work item"),
  personId: idParam("person"),
  status: optionalParam(bursaryStatus),
});
export type BursaryListQuery = z.infer<typeof bursaryListQuery>;

/** The resource's schemas together: what the API reads and answers. */
export const bursarySchemas = { item: bursary, input: bursaryInput, patch: bursaryPatch, query: bursaryListQuery };

/** One event's bursaries at a glance: places, funnel, spend, and what needs attention. */
export const bursarySummary = z.object({
  places: z.number().int(),
  placesUsed: z.number().int(),
  budgetPence: z.number().int(),
  spendPence: z.number().int(),
  /** False for a role that may not see care costs: spend is then without them. */
  spendIncludesCare: z.boolean(),
  funnel: z.object({
    applied: z.number().int(),
    offered: z.number().int(),
    accepted: z.number().int(),
    attended: z.number().int(),
  }),
  warnings: z.array(z.string()),
});
export type BursarySummary = z.infer<typeof bursarySummary>;
