/**
 * The fixed lists the schemas choose from, their labels, and the small rules the pages apply
 * before anything is sent; with no zod in this module: the browser's first load (the router,
 * which parses every page's URL) and the read-only pages (lists, the dashboard) need these but
 * not the schema library. The schemas in ./schemas build their enums from these.
 */

export const workItemKinds = [
  "conference",
  "event",
  "research",
  "publication",
  "blog",
  "programme",
  "digital",
  "other",
] as const;
export type WorkItemKind = (typeof workItemKinds)[number];

export const workItemStatuses = ["planned", "in_progress", "completed", "cancelled"] as const;
export type WorkItemStatus = (typeof workItemStatuses)[number];

export const workItemKindLabels: Record<WorkItemKind, string> = {
  conference: "Conference",
  event: "Event",
  research: "Research",
  publication: "Publication",
  blog: "Blog",
  programme: "Programme",
  digital: "Digital",
  other: "Other",
};

export const workItemStatusLabels: Record<WorkItemStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const workItemSortFields = [
  "title",
  "kind",
  "team",
  "lead",
  "startDate",
  "endDate",
  "status",
  "createdAt",
  "updatedAt",
] as const;
export type WorkItemSortField = (typeof workItemSortFields)[number];

/** Each field, `-field` for the reverse, and `upcoming`: starting today or later first (soonest first), then past ones. */
export const workItemSortValues: readonly string[] = [
  ...workItemSortFields.flatMap((field) => [field, `-${field}`]),
  "upcoming",
];

export const defaultWorkItemSort = "-startDate";

/**
 * A start-date range that ends before it begins holds nothing: say so at `to` rather than
 * answer an empty list. Checked apart from the schema, which exports reshape with `.omit`.
 */
export const startRangeErrors = (query: { from?: string | undefined; to?: string | undefined }) =>
  query.from && query.to && query.to < query.from
    ? [{ path: "to", message: "The end of the range must be on or after its start" }]
    : [];

/**
 * The days a report or chart can count from or to: years 1900 to 2100, so that the period before
 * a range (as long again) is still a date the database holds.
 */
export const reportingDateBounds = { earliest: "1900-01-01", latest: "2100-12-31" } as const;
export const reportingDateMessage = "Use a date from 1900 to 2100";

/** A custom reporting range's problems, each at its field: a day out of bounds, or an end before its start. */
export const reportingRangeErrors = (query: { from?: string | undefined; to?: string | undefined }) => [
  ...(["from", "to"] as const).flatMap((field) => {
    const day = query[field];
    return day && (day < reportingDateBounds.earliest || day > reportingDateBounds.latest)
      ? [{ path: field, message: reportingDateMessage }]
      : [];
  }),
  ...startRangeErrors(query),
];

/** The most rows a list sends in one page. */
export const maxPageSize = 100;

export const involvementLevels = ["none", "inform", "consult", "involve", "collaborate", "co_produce"] as const;
export type InvolvementLevel = (typeof involvementLevels)[number];

export const involvementLevelLabels: Record<InvolvementLevel, string> = {
  none: "None",
  inform: "Inform",
  consult: "Consult",
  involve: "Involve",
  collaborate: "Collaborate",
  co_produce: "Co-produce",
};

/** `plan=` on the work-item list: items with no decision yet, or at a given level. */
export const planFilters = ["undecided", ...involvementLevels] as const;

export const perspectives = [
  "patient",
  "service_user",
  "carer",
  "public",
  "clinician",
  "manager",
  "academic",
  "policy",
  "other",
] as const;
export type Perspective = (typeof perspectives)[number];

export const perspectiveLabels: Record<Perspective, string> = {
  patient: "Patient",
  service_user: "Service user",
  carer: "Carer",
  public: "Member of the public",
  clinician: "Clinician",
  manager: "Manager",
  academic: "Academic",
  policy: "Policy",
  other: "Other",
};

/** What an audit entry records: a change, a read of something sensitive, an export, a refusal, a sign-in. */
export const auditActions = [
  "create",
  "update",
  "delete",
  "read",
  "export",
  "denied",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "erase",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const roles = ["lead", "events", "manager", "admin"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  lead: "Project lead",
  events: "Events team",
  manager: "Manager",
  admin: "Admin",
};

/** Why single sign-on did not sign someone in, as the sign-in page is told in ?sso= (never who they are). */
export const signOnRefusals = ["no-account", "failed"] as const;
export type SignOnRefusal = (typeof signOnRefusals)[number];

const uuidPattern =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/** An id as the API makes them (a UUID; the same rule as zod's `z.uuid()`). */
export const isUuid = (value: string) => uuidPattern.test(value);

/** A calendar date as `YYYY-MM-DD` that really exists (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
