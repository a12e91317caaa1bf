/**
 * The fields a spreadsheet import fills, per kind: each with the label the pages show, the column
 * headers it answers to, and how its cells are read. The server maps columns with these; the
 * import page can show the same lists. Headers are compared by `headerKey`: case, spaces,
 * punctuation and accents ignored ("E-mail" = "email", "Fee (£)" = "fee").
 */
import { perspectiveLabels, workItemKindLabels, workItemStatusLabels } from "./choices";
import type { ImportKind } from "./schemas/imports";
import { involvementRoleLabels } from "./schemas/involvement-plans";
import { involvementStatusLabels, paymentStatusLabels, supportLabels } from "./schemas/involvements";
import { paymentPreferenceLabels } from "./schemas/people";

/**
 * text; date (YYYY-MM-DD, DD/MM/YYYY, a date cell or an Excel serial number); money (£ → pence);
 * number; choice (the API value or its label); choices (several, split on , or ;); tags (free
 * words split on , or ;); reference (another record, by name, email, title or id).
 */
export type ImportFieldType = "text" | "date" | "money" | "number" | "choice" | "choices" | "tags" | "reference";

export type ImportField = {
  /** The name a mapping uses ({ "Column": "email" }). */
  name: string;
  label: string;
  type: ImportFieldType;
  /** Headers that mean this field (the label and the name count too). */
  synonyms: readonly string[];
  /** A column for it must be in the file (or mapped). */
  required?: boolean;
  /** choice, choices: the API values and the labels the pages show. */
  choices?: Readonly<Record<string, string>>;
};

const field = (
  name: string,
  label: string,
  type: ImportFieldType,
  synonyms: readonly string[] = [],
  more: Partial<ImportField> = {},
): ImportField => ({ name, label, type, synonyms, ...more });

const consentFields = (name: string, label: string, also: readonly string[]) => [
  field(`${name}GivenOn`, `${label} consent given`, "date", [
    `${label} consent`,
    `${label} consent given on`,
    `${label} consent date`,
    ...also.flatMap((a) => [`${a} consent`, `${a} consent given`]),
  ]),
  field(`${name}WithdrawnOn`, `${label} consent withdrawn`, "date", [
    `${label} consent withdrawn on`,
    ...also.map((a) => `${a} consent withdrawn`),
  ]),
];

export const importFields: Record<ImportKind, readonly ImportField[]> = {
  people: [
    field("name", "Name", "text", ["full name", "person", "person name", "contact name"], { required: true }),
    field("email", "Email", "text", ["e-mail", "email address", "e-mail address", "mail"]),
    field("phone", "Phone", "text", [
      "telephone",
      "phone number",
      "telephone number",
      "mobile",
      "mobile number",
      "tel",
    ]),
    field("perspectives", "Perspectives", "choices", ["perspective"], {
      required: true,
      choices: perspectiveLabels,
    }),
    field("livedExperience", "Lived experience", "tags", ["lived experience areas", "lived experience tags"]),
    field("accessNeeds", "Access needs", "text", ["access requirements", "accessibility needs", "support needs"]),
    field("paymentPreference", "Payment preference", "choice", ["payment", "payment method", "preferred payment"], {
      choices: paymentPreferenceLabels,
    }),
    field("retentionReviewOn", "Retention review", "date", [
      "retention review on",
      "retention review date",
      "review date",
    ]),
    ...consentFields("contact", "Contact", []),
    ...consentFields("equalityMonitoring", "Equality monitoring", ["equality"]),
    ...consentFields("namedPublicly", "Named publicly", ["named"]),
  ],
  "work-items": [
    field("title", "Title", "text", ["name", "work item", "work item title", "project", "project title"], {
      required: true,
    }),
    field("kind", "Kind", "choice", ["type", "kind of work", "work type"], {
      required: true,
      choices: workItemKindLabels,
    }),
    field("team", "Team", "reference", ["team name"], { required: true }),
    // Required of admin; a lead's own items need no column (see leadDefaultsToImporter).
    field("lead", "Lead", "reference", ["lead name", "lead email", "project lead", "owner", "led by"], {
      required: true,
    }),
    field("startDate", "Start date", "date", ["start", "starts", "starts on", "start on", "from", "begins"], {
      required: true,
    }),
    field("endDate", "End date", "date", ["end", "ends", "ends on", "end on", "to", "until", "finish"]),
    field("status", "Status", "choice", ["state"], { required: true, choices: workItemStatusLabels }),
    field("summary", "Summary", "text", ["description", "notes", "details"]),
  ],
  involvements: [
    field("workItem", "Work item", "reference", ["work item title", "title", "project", "event", "piece of work"], {
      required: true,
    }),
    field("person", "Person", "reference", ["person name", "name", "email", "e-mail", "person email", "contributor"], {
      required: true,
    }),
    field("role", "Role", "choice", ["involvement role"], { required: true, choices: involvementRoleLabels }),
    field("status", "Status", "choice", ["involvement status"], { choices: involvementStatusLabels }),
    field("startDate", "From", "date", ["start", "start date", "starts on"]),
    field("endDate", "To", "date", ["end", "end date", "ends on"]),
    field("hours", "Hours", "number", ["time", "hours given"]),
    field("ask", "What we ask", "text", ["ask", "what we asked", "the ask"]),
    field("expectations", "What they can expect", "text", ["expectations", "what they can expect of us"]),
    field("support", "Support", "choices", ["support offered"], { choices: supportLabels }),
    field("feePence", "Fee (£)", "money", ["fee", "fee pounds"]),
    field("expensesPence", "Expenses (£)", "money", ["expenses", "expenses pounds"]),
    field("paymentStatus", "Payment status", "choice", ["payment"], { choices: paymentStatusLabels }),
    field("feedback", "Their feedback", "text", ["feedback"]),
    field("impact", "Impact", "text", ["what changed"]),
  ],
};

/** A header, value or field name as compared: lower case, accents, spaces and punctuation gone. */
export const headerKey = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const byKey = Object.fromEntries(
  Object.entries(importFields).map(([kind, fields]) => {
    const keys = new Map<string, ImportField>();
    for (const f of fields)
      for (const name of [f.name, f.label, ...f.synonyms]) if (!keys.has(headerKey(name))) keys.set(headerKey(name), f);
    return [kind, keys];
  }),
) as Record<ImportKind, Map<string, ImportField>>;

/** The field a column header names, if any. */
export const fieldForHeader = (kind: ImportKind, header: string): ImportField | undefined =>
  byKey[kind].get(headerKey(header));

/** The field a mapping names: by its name, or its label or a synonym. */
export const fieldNamed = (kind: ImportKind, name: string): ImportField | undefined =>
  importFields[kind].find((f) => f.name === name) ?? fieldForHeader(kind, name);
