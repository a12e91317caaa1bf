import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { rateUnits } from "../shared/rate-units";
import { sessionFormats } from "../shared/schemas/agenda";
import { auditActions, type FieldChange } from "../shared/schemas/audit";
import { bursaryStatuses } from "../shared/schemas/bursaries";
import { type EqualityAnswer, equalityAnswerValues } from "../shared/schemas/equality";
import { actionStatuses, feedbackChannels } from "../shared/schemas/feedback";
import { type ImportRowError, importKinds, importRowOutcomes, importStatuses } from "../shared/schemas/imports";
import { involvementLevels, involvementRoles } from "../shared/schemas/involvement-plans";
import { involvementStatuses, paymentStatuses, supportKinds } from "../shared/schemas/involvements";
import { enquiryChannels, requesterTypes } from "../shared/schemas/library-enquiries";
import { consentEventKinds, consentKinds, paymentPreferences, perspectives } from "../shared/schemas/people";
import { roles, signedInWays, signInOutcomes } from "../shared/schemas/users";
import { workItemKinds, workItemStatuses } from "../shared/schemas/work-items";
import { allOf, oneOf } from "./checks";

/** A random uuid primary key. */
const uuidKey = () => uuid("id").primaryKey().defaultRandom();

/** A link to the record this row belongs to: it goes when that record goes. */
const ownedBy = (name: string, parent: () => AnyPgColumn) =>
  uuid(name).notNull().references(parent, { onDelete: "cascade" });

/** What the resource module needs of a table: a version for conflict checks, and when it was made and changed. */
const versioned = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export const teams = pgTable("teams", {
  id: uuidKey(),
  name: text("name").notNull().unique(),
});

export const users = pgTable(
  "users",
  {
    id: uuidKey(),
    /** Stored lower-cased so sign-in is case-insensitive. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: roles }).notNull(),
    /** Null until the person sets one through their set-password link (or for single sign-on only). */
    passwordHash: text("password_hash"),
    /** A leaver: cannot sign in, has no sessions; their history stays. */
    disabled: boolean("disabled").notNull().default(false),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** Two-step verification (TOTP, RFC 6238): the confirmed secret (base32); null when off. */
    mfaSecret: text("mfa_secret"),
    /** A secret being set up, until a code from the app confirms it. */
    mfaPendingSecret: text("mfa_pending_secret"),
    /** The time step of the last code used to sign in: a code is good once. */
    mfaLastStep: integer("mfa_last_step"),
    /** The identity provider's subject (`sub`) last seen for this account: set once they sign in by single sign-on. */
    ssoSubject: text("sso_subject"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_check", oneOf(t.role, roles))],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the token: a leaked table does not leak live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    /** What the person sees and signs out by: never the token. */
    id: uuid("id").notNull().unique().defaultRandom(),
    userId: ownedBy("user_id", () => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
    /** The idle timeout: moves forward while the session is used. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** The absolute lifetime: never moves. */
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull().defaultNow(),
    /** How it began: with single sign-on, two-step verification is the identity provider's. */
    via: text("via", { enum: signedInWays }).notNull().default("password"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), check("sessions_via_check", oneOf(t.via, signedInWays))],
);

/** Sign-ins and sign-outs, kept for the Users page and for throttling (counted here, so across processes). */
export const signInEvents = pgTable(
  "sign_in_events",
  {
    id: uuidKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** As typed, lower-cased (for throttling by email); empty for a sign-out. */
    email: text("email").notNull().default(""),
    address: text("address").notNull().default(""),
    outcome: text("outcome", { enum: signInOutcomes }).notNull(),
    /** Why a sign-in failed, in a word: a code, never a value that was typed. */
    reason: text("reason"),
  },
  (t) => [
    check("sign_in_events_outcome_check", oneOf(t.outcome, signInOutcomes)),
    index("sign_in_events_email_idx").on(t.email, t.at),
    index("sign_in_events_address_idx").on(t.address, t.at),
    index("sign_in_events_user_idx").on(t.userId, t.at),
  ],
);

/** Single-use recovery codes for two-step verification: only hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    userId: ownedBy("user_id", () => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** A sign-in whose password was right and which now waits for a code (5 minutes): only a hash of its token. */
export const mfaChallenges = pgTable("mfa_challenges", {
  tokenHash: text("token_hash").primaryKey(),
  userId: ownedBy("user_id", () => users.id),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/**
 * Single sign-on under way: what the callback checks (state, nonce, PKCE verifier) and where to
 * return, keyed by the hash of a token in a 10-minute HttpOnly cookie; spent on first use.
 */
export const ssoRequests = pgTable("sso_requests", {
  tokenHash: text("token_hash").primaryKey(),
  state: text("state").notNull(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  returnTo: text("return_to").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** Single-use set-password links (new accounts, resets): only a hash of the token is kept. */
export const passwordLinks = pgTable(
  "password_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: ownedBy("user_id", () => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("password_links_user_idx").on(t.userId)],
);

export const workItems = pgTable(
  "work_items",
  {
    id: uuidKey(),
    title: text("title").notNull(),
    kind: text("kind", { enum: workItemKinds }).notNull(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => users.id),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    status: text("status", { enum: workItemStatuses }).notNull(),
    summary: text("summary").notNull().default(""),
    // NOTE (issue 18): a work item's involvement budget is NOT here: it is the involvement
    // decision's budget, involvement_plans.budget_pence (entered as "Involvement budget (£)").
    // GET /api/work-items/:id/budget reads that one.
    ...versioned(),
  },
  (t) => [
    check("work_items_kind_check", oneOf(t.kind, workItemKinds)),
    check("work_items_status_check", oneOf(t.status, workItemStatuses)),
    check("work_items_dates_check", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index("work_items_start_idx").on(t.startDate, t.id),
    index("work_items_team_idx").on(t.teamId),
    index("work_items_lead_idx").on(t.leadId),
    index("work_items_kind_status_idx").on(t.kind, t.status),
  ],
);

/** The involvement decision: at most one per work item; none means "undecided". */
export const involvementPlans = pgTable(
  "involvement_plans",
  {
    workItemId: uuid("work_item_id")
      .primaryKey()
      .references(() => workItems.id, { onDelete: "cascade" }),
    considered: boolean("considered").notNull(),
    consideredOn: date("considered_on", { mode: "string" }),
    consideredById: uuid("considered_by_id").references(() => users.id, { onDelete: "set null" }),
    level: text("level", { enum: involvementLevels }).notNull(),
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    budgetPence: integer("budget_pence"),
    reason: text("reason").notNull().default(""),
    ...versioned(),
  },
  (t) => [
    check("involvement_plans_level_check", oneOf(t.level, involvementLevels)),
    check("involvement_plans_reason_check", sql`${t.level} <> 'none' or length(trim(${t.reason})) > 0`),
    check("involvement_plans_budget_check", sql`${t.budgetPence} is null or ${t.budgetPence} >= 0`),
    index("involvement_plans_level_idx").on(t.level),
  ],
);

/** People outside the organisation who contribute. Consents are dated and withdrawable. */
export const people = pgTable(
  "people",
  {
    id: uuidKey(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    perspectives: text("perspectives", { enum: perspectives }).array().notNull(),
    livedExperience: text("lived_experience").array().notNull().default(sql`'{}'::text[]`),
    accessNeeds: text("access_needs").notNull().default(""),
    paymentPreference: text("payment_preference", { enum: paymentPreferences }),
    retentionReviewOn: date("retention_review_on", { mode: "string" }),
    contactGivenOn: date("contact_given_on", { mode: "string" }),
    contactWithdrawnOn: date("contact_withdrawn_on", { mode: "string" }),
    equalityGivenOn: date("equality_given_on", { mode: "string" }),
    equalityWithdrawnOn: date("equality_withdrawn_on", { mode: "string" }),
    namedGivenOn: date("named_given_on", { mode: "string" }),
    namedWithdrawnOn: date("named_withdrawn_on", { mode: "string" }),
    /** When the person was erased: identity and special-category fields cleared, their contributions kept. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    ...versioned(),
  },
  (t) => [
    index("people_name_idx").on(sql`lower(${t.name})`, t.id),
    index("people_perspectives_idx").using("gin", t.perspectives),
    index("people_lived_experience_idx").using("gin", t.livedExperience),
    check("people_perspectives_check", allOf(t.perspectives, perspectives)),
    check("people_payment_preference_check", oneOf(t.paymentPreference, paymentPreferences)),
  ],
);

/** A slot on a conference or event agenda ("sessions" is the sign-in table). */
export const agendaSessions = pgTable(
  "agenda_sessions",
  {
    id: uuidKey(),
    workItemId: ownedBy("work_item_id", () => workItems.id),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    format: text("format", { enum: sessionFormats }).notNull(),
    ...versioned(),
  },
  (t) => [
    check("agenda_sessions_format_check", oneOf(t.format, sessionFormats)),
    index("agenda_sessions_work_item_idx").on(t.workItemId, t.startsAt),
  ],
);

/** One person's contribution to one work item. */
export const involvements = pgTable(
  "involvements",
  {
    id: uuidKey(),
    workItemId: ownedBy("work_item_id", () => workItems.id),
    // No cascade: a person with involvements is not deleted by accident (erasure has its own rules).
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: text("role", { enum: involvementRoles }).notNull(),
    status: text("status", { enum: involvementStatuses }).notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    hours: numeric("hours", { mode: "number" }),
    ask: text("ask").notNull().default(""),
    expectations: text("expectations").notNull().default(""),
    support: text("support", { enum: supportKinds }).array().notNull().default(sql`'{}'::text[]`),
    feePence: integer("fee_pence"),
    expensesPence: integer("expenses_pence"),
    paymentStatus: text("payment_status", { enum: paymentStatuses }).notNull().default("not_due"),
    /** When the payment was marked paid (set as it becomes paid): "paid within 30 days" reads it. */
    paidOn: date("paid_on", { mode: "string" }),
    /** The rate card activity the fee was worked out from, and how many of its unit. */
    rateActivity: text("rate_activity"),
    quantity: numeric("quantity", { mode: "number" }),
    /** Why the fee differs from the rate card's suggestion ("" when it does not). */
    feeReason: text("fee_reason").notNull().default(""),
    feedback: text("feedback").notNull().default(""),
    impact: text("impact").notNull().default(""),
    /** The agenda slot a speaker appears in (conferences and events). */
    sessionId: uuid("session_id").references(() => agendaSessions.id, { onDelete: "set null" }),
    ...versioned(),
  },
  (t) => [
    check("involvements_status_check", oneOf(t.status, involvementStatuses)),
    check("involvements_role_check", oneOf(t.role, involvementRoles)),
    check("involvements_support_check", allOf(t.support, supportKinds)),
    check("involvements_payment_check", oneOf(t.paymentStatus, paymentStatuses)),
    check(
      "involvements_brief_check",
      sql`${t.status} <> 'confirmed' or (length(trim(${t.ask})) > 0 and length(trim(${t.expectations})) > 0)`,
    ),
    index("involvements_work_item_idx").on(t.workItemId, t.createdAt),
    index("involvements_person_idx").on(t.personId),
    index("involvements_session_idx").on(t.sessionId),
    index("involvements_role_status_idx").on(t.role, t.status),
    // The agenda-target test (dashboard, Events list) probes one event's speakers by role and
    // status; carrying person_id lets it answer from the index alone.
    index("involvements_agenda_idx").on(t.workItemId, t.role, t.status, t.personId),
  ],
);

/** What someone told us, and what we did about it ("you said, we did"). */
export const feedback = pgTable(
  "feedback",
  {
    id: uuidKey(),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    workItemId: uuid("work_item_id").references(() => workItems.id, { onDelete: "set null" }),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    channel: text("channel", { enum: feedbackChannels }).notNull(),
    summary: text("summary").notNull(),
    action: text("action").notNull().default(""),
    actionOwnerId: uuid("action_owner_id").references(() => users.id, { onDelete: "set null" }),
    actionDueOn: date("action_due_on", { mode: "string" }),
    actionStatus: text("action_status", { enum: actionStatuses }).notNull().default("open"),
    wontDoReason: text("wont_do_reason").notNull().default(""),
    toldBackOn: date("told_back_on", { mode: "string" }),
    ...versioned(),
  },
  (t) => [
    check("feedback_channel_check", oneOf(t.channel, feedbackChannels)),
    check("feedback_action_status_check", oneOf(t.actionStatus, actionStatuses)),
    check("feedback_wont_do_check", sql`${t.actionStatus} <> 'wont_do' or length(trim(${t.wontDoReason})) > 0`),
    index("feedback_open_actions_idx").on(t.actionStatus, t.actionDueOn),
    index("feedback_work_item_idx").on(t.workItemId),
    index("feedback_person_idx").on(t.personId),
  ],
);

/** Enquiries to the library from patients, carers, the public and others. */
export const libraryEnquiries = pgTable(
  "library_enquiries",
  {
    id: uuidKey(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    requesterType: text("requester_type", { enum: requesterTypes }).notNull(),
    topic: text("topic").notNull(),
    channel: text("channel", { enum: enquiryChannels }).notNull(),
    answeredOn: date("answered_on", { mode: "string" }),
    ...versioned(),
  },
  (t) => [
    index("library_enquiries_received_idx").on(t.receivedOn, t.id),
    check("library_enquiries_requester_type_check", oneOf(t.requesterType, requesterTypes)),
    check("library_enquiries_channel_check", oneOf(t.channel, enquiryChannels)),
  ],
);

/** Staff who completed training in working with patients, and when. */
export const staffTraining = pgTable(
  "staff_training",
  {
    id: uuidKey(),
    userId: ownedBy("user_id", () => users.id),
    course: text("course").notNull(),
    completedOn: date("completed_on", { mode: "string" }).notNull(),
    ...versioned(),
  },
  (t) => [index("staff_training_user_idx").on(t.userId, t.completedOn)],
);

/** Per conference or event: bursary places and budget, and whether patients advised on speakers. */
export const eventDetails = pgTable(
  "event_details",
  {
    workItemId: uuid("work_item_id")
      .primaryKey()
      .references(() => workItems.id, { onDelete: "cascade" }),
    bursaryPlaces: integer("bursary_places").notNull().default(0),
    bursaryBudgetPence: integer("bursary_budget_pence").notNull().default(0),
    adviceSought: boolean("advice_sought"),
    adviceOutcome: text("advice_outcome").notNull().default(""),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("event_details_places_check", sql`${t.bursaryPlaces} >= 0`),
    check("event_details_budget_check", sql`${t.bursaryBudgetPence} >= 0`),
  ],
);

/**
 * Equality-monitoring answers: special-category data, kept apart from the person record,
 * one row per person, deleted with the person or when the consent is withdrawn.
 * A null column is "not answered".
 */
export const equalityAnswers = pgTable(
  "equality_answers",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id, { onDelete: "cascade" }),
    ageBand: text("age_band").$type<EqualityAnswer<"ageBand">>(),
    sex: text("sex").$type<EqualityAnswer<"sex">>(),
    genderSameAsBirth: text("gender_same_as_birth").$type<EqualityAnswer<"genderSameAsBirth">>(),
    ethnicity: text("ethnicity").$type<EqualityAnswer<"ethnicity">>(),
    disability: text("disability").$type<EqualityAnswer<"disability">>(),
    sexualOrientation: text("sexual_orientation").$type<EqualityAnswer<"sexualOrientation">>(),
    region: text("region"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // Region has no CHECK in the database (yet). The separator keeps the
    // line breaks the constraint was created with, so drizzle-kit sees no change.
    check(
      "equality_answers_values_check",
      sql.join(
        [
          oneOf(t.ageBand, equalityAnswerValues("ageBand")),
          oneOf(t.sex, equalityAnswerValues("sex")),
          oneOf(t.genderSameAsBirth, equalityAnswerValues("genderSameAsBirth")),
          oneOf(t.ethnicity, equalityAnswerValues("ethnicity")),
          oneOf(t.disability, equalityAnswerValues("disability")),
          oneOf(t.sexualOrientation, equalityAnswerValues("sexualOrientation")),
        ],
        sql.raw("\n        and "),
      ),
    ),
  ],
);

/**
 * Every change, every read of something sensitive, every export, refusal and sign-in: who, when,
 * from where, which record. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (migration
 * 0013). No foreign keys: an entry outlives the account and the record it names.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuidKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action", { enum: auditActions }).notNull(),
    resource: text("resource").notNull(),
    recordId: uuid("record_id"),
    subjectPersonId: uuid("subject_person_id"),
    address: text("address").notNull().default(""),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    /** An update's fields, before and after; special-category values are recorded as "changed". */
    changes: jsonb("changes").$type<FieldChange[]>(),
  },
  (t) => [
    check("audit_log_action_check", oneOf(t.action, auditActions)),
    index("audit_log_at_idx").on(t.at, t.id),
    index("audit_log_subject_idx").on(t.subjectPersonId, t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_record_idx").on(t.recordId, t.at),
  ],
);

/**
 * The values of a person's identifying fields (name, email, phone) in an audit entry's changes,
 * kept apart from the append-only log so that erasure can delete them (the entry stays).
 */
export const auditPersonalValues = pgTable(
  "audit_personal_values",
  {
    auditId: uuid("audit_id")
      .primaryKey()
      .references(() => auditLog.id),
    personId: uuid("person_id").notNull(),
    changes: jsonb("changes").$type<FieldChange[]>().notNull(),
  },
  (t) => [index("audit_personal_values_person_idx").on(t.personId)],
);

/** Every give and withdraw of every consent, dated, with who recorded it. */
export const consentEvents = pgTable(
  "consent_events",
  {
    id: uuidKey(),
    personId: ownedBy("person_id", () => people.id),
    consent: text("consent", { enum: consentKinds }).notNull(),
    event: text("event", { enum: consentEventKinds }).notNull(),
    /** The date the person gave or withdrew it. */
    on: date("on", { mode: "string" }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    // No foreign key: the history outlives the account that recorded it.
    recordedById: uuid("recorded_by_id"),
    recordedByName: text("recorded_by_name").notNull(),
  },
  (t) => [
    check("consent_events_consent_check", oneOf(t.consent, consentKinds)),
    check("consent_events_event_check", oneOf(t.event, consentEventKinds)),
    index("consent_events_person_idx").on(t.personId, t.recordedAt),
  ],
);

/** A funded place for a patient, service user or carer at a conference or event. */
/**
 * Dated rates per kind of activity: the rate in force on a date is the latest one effective on or
 * before it, so a new rate never changes what earlier involvements were offered.
 */
export const rateCards = pgTable(
  "rate_cards",
  {
    id: uuidKey(),
    activity: text("activity").notNull(),
    unit: text("unit", { enum: rateUnits }).notNull(),
    amountPence: integer("amount_pence").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    ...versioned(),
  },
  (t) => [
    check("rate_cards_unit_check", oneOf(t.unit, rateUnits)),
    check("rate_cards_amount_check", sql`${t.amountPence} >= 0`),
    uniqueIndex("rate_cards_activity_from_idx").on(t.activity, t.effectiveFrom),
  ],
);

export const bursaries = pgTable(
  "bursaries",
  {
    id: uuidKey(),
    workItemId: ownedBy("work_item_id", () => workItems.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    status: text("status", { enum: bursaryStatuses }).notNull(),
    statusHistory: jsonb("status_history").$type<{ status: string; on: string }[]>().notNull(),
    ticketValuePence: integer("ticket_value_pence").notNull().default(0),
    travelPence: integer("travel_pence").notNull().default(0),
    accommodationPence: integer("accommodation_pence").notNull().default(0),
    carePence: integer("care_pence").notNull().default(0),
    claimedOn: date("claimed_on", { mode: "string" }),
    paidOn: date("paid_on", { mode: "string" }),
    ...versioned(),
  },
  (t) => [
    check("bursaries_status_check", oneOf(t.status, bursaryStatuses)),
    check(
      "bursaries_money_check",
      sql`${t.ticketValuePence} >= 0 and ${t.travelPence} >= 0 and ${t.accommodationPence} >= 0 and ${t.carePence} >= 0`,
    ),
    index("bursaries_work_item_idx").on(t.workItemId, t.status),
    index("bursaries_person_idx").on(t.personId),
  ],
);

/**
 * A spreadsheet import: who brought in what, when, and what came of it (ADR 018). Previewed, it
 * holds the checked rows (import_rows) until committed; committed, the ids of what it created,
 * so that an undo removes exactly those.
 */
export const imports = pgTable(
  "imports",
  {
    id: uuidKey(),
    kind: text("kind", { enum: importKinds }).notNull(),
    fileName: text("file_name").notNull(),
    sheet: text("sheet"),
    // No foreign key: the history outlives the account (as the audit does).
    createdById: uuid("created_by_id"),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: importStatuses }).notNull(),
    rowCount: integer("row_count").notNull(),
    newCount: integer("new_count").notNull(),
    matchedCount: integer("matched_count").notNull(),
    invalidCount: integer("invalid_count").notNull(),
    /** Records the commit made. */
    createdCount: integer("created_count").notNull().default(0),
    /** The file's header row as it was (the invalid rows' CSV repeats it). */
    header: jsonb("header").$type<string[]>().notNull(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (t) => [
    check("imports_kind_check", oneOf(t.kind, importKinds)),
    check("imports_status_check", oneOf(t.status, importStatuses)),
    index("imports_created_idx").on(t.createdAt, t.id),
    index("imports_created_by_idx").on(t.createdById, t.createdAt),
  ],
);

/**
 * One data row of an import, as the preview left it. new: `data` is the checked record to create
 * and `record_id` the id it gets (the record it became, once committed); matched: `record_id` is
 * the record it matched; invalid: its `cells` as the file had them and its `errors`.
 * A commit clears `data`: the record itself holds it from then on.
 */
export const importRows = pgTable(
  "import_rows",
  {
    importId: ownedBy("import_id", () => imports.id),
    /** The row as the spreadsheet numbers it (the header is row 1). */
    row: integer("row").notNull(),
    outcome: text("outcome", { enum: importRowOutcomes }).notNull(),
    recordId: uuid("record_id"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    cells: jsonb("cells").$type<string[]>(),
    errors: jsonb("errors").$type<Omit<ImportRowError, "row">[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.row] }),
    check("import_rows_outcome_check", oneOf(t.outcome, importRowOutcomes)),
  ],
);
