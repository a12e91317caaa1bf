import type { AuditQuery } from "../../shared/schemas/audit";
import type { FeedbackListQuery } from "../../shared/schemas/feedback";
import type { InvolvementListQuery } from "../../shared/schemas/involvements";
import type { DashboardQuery } from "../../shared/schemas/metrics";
import type { PersonListQuery } from "../../shared/schemas/people";
import type { WorkItemKind, WorkItemListQuery } from "../../shared/schemas/work-items";

export type DiversityScope = { workItemId?: string; from?: string; to?: string; teamId?: string; kind?: WorkItemKind };
export type InvolvementsOf = { workItemId: string } | { personId: string };
export type TrainingQuery = { userId?: string; page?: number; pageSize?: number };

/**
 * Every query key, per resource, in one place. A feature invalidates what another shows by
 * these keys (a prefix refreshes all below it), never by a string of its own.
 */
export const queryKeys = {
  auth: {
    me: ["auth", "me"],
    sessions: ["auth", "sessions"],
    twoStep: ["auth", "two-step"],
    options: ["auth", "options"],
  },
  workItems: {
    all: ["work-items"],
    lists: () => ["work-items", "list"],
    list: (query: WorkItemListQuery) => ["work-items", "list", query],
    detail: (id: string) => ["work-items", "detail", id],
    plan: (id: string) => ["work-items", "plan", id],
  },
  teams: ["teams"],
  people: {
    lists: () => ["people", "list"],
    list: (query: PersonListQuery | { search: string; pageSize: number; picker: true }) => ["people", "list", query],
    detail: (id: string) => ["people", "detail", id],
    livedExperienceTags: ["people", "lived-experience-tags"],
    /** One person's consent history, as of a version of their record (a save that changes consents adds to it). */
    consentHistory: (id: string, version?: number) =>
      version === undefined ? ["people", "consent-history", id] : ["people", "consent-history", id, version],
    /** Everything held about one person: read afresh each time (each read is audited). */
    subjectAccess: (id: string) => ["people", "subject-access", id],
  },
  involvements: {
    all: ["involvements"],
    lists: () => ["involvements", "list"],
    list: (query: InvolvementListQuery | (InvolvementsOf & { all: true })) => ["involvements", "list", query],
    detail: (id: string) => ["involvements", "detail", id],
    /**
     * A work item's budget against commitments: under the lists, so any involvement change refreshes
     * it; with the decision's version (null: undecided), so a changed budget is read afresh.
     */
    budgetOf: (workItemId: string, planVersion: number | null) => [
      "involvements",
      "list",
      "budget-of",
      workItemId,
      planVersion,
    ],
  },
  feedback: {
    lists: () => ["feedback", "list"],
    list: (query: FeedbackListQuery) => ["feedback", "list", query],
    detail: (id: string) => ["feedback", "detail", id],
  },
  /** One event's agenda: its sessions, its agenda as published (speakers and target) and its details. */
  agenda: {
    of: (workItemId: string) => ["agenda", workItemId],
    sessions: (workItemId: string) => ["agenda", workItemId, "sessions"],
    published: (workItemId: string) => ["agenda", workItemId, "published"],
    details: (workItemId: string) => ["agenda", workItemId, "details"],
  },
  /** Everything bursary-related sits under ["bursaries"], so one invalidation refreshes list and summary. */
  bursaries: {
    all: ["bursaries"],
    list: (workItemId: string) => ["bursaries", "list", { workItemId, all: true }],
    summary: (workItemId: string) => ["bursaries", "summary", workItemId],
  },
  /** Figures built from the records (and from equality answers): refreshed after any change to those. */
  metrics: {
    all: ["metrics"],
    dashboard: (query: DashboardQuery) => ["metrics", "dashboard", query],
    charts: (query: DashboardQuery) => ["metrics", "dashboard", "charts", query],
    speakerDiversity: (scope: DiversityScope) => ["metrics", "speaker-diversity", scope],
  },
  libraryEnquiries: {
    all: ["library-enquiries"],
    list: (page: number | undefined) => ["library-enquiries", "list", { page }],
    byMonth: ["library-enquiries", "by-month"],
  },
  training: {
    all: ["training"],
    list: (query: TrainingQuery) => ["training", "list", query],
  },
  /** Rates (admin's page) and the fees they suggest (an involvement's form): a change to a rate refreshes both. */
  rateCards: {
    all: ["rate-cards"],
    list: ["rate-cards", "list"],
    suggest: (query: { activity: string; quantity: number; on: string }) => ["rate-cards", "suggest", query],
  },
  /** Accounts as admin sees them, and the pickers' list of staff: a change to an account refreshes both. */
  users: {
    all: ["users"],
    summaries: ["users", "summaries"],
    accounts: ["users", "accounts"],
    account: (id: string) => ["users", "account", id],
    signIns: (userId?: string) => ["users", "sign-ins", userId ?? "all"],
  },
  /** The audit log: every write (and refusal) adds to it, so each one settled marks it stale (src/app/app.tsx). */
  audit: {
    all: ["audit"],
    list: (query: AuditQuery) => ["audit", "list", query],
  },
  /** Needs attention: drawn from every kind of record, so any write marks it stale (src/app/app.tsx). */
  attention: ["attention"],
  /** The reports' own reads: always fetched afresh when a report opens, never sharing a page's cache. */
  reports: (...parts: (string | number)[]) => ["reports", ...parts],
} as const;
