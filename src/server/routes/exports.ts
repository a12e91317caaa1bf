import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { z } from "zod";
import { teams, users } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { canSeePersonalDetails, type Permission } from "../../shared/permissions";
import { bursaryListQuery } from "../../shared/schemas/bursaries";
import { feedbackListQuery } from "../../shared/schemas/feedback";
import { involvementListQuery } from "../../shared/schemas/involvements";
import { paymentsQuery } from "../../shared/schemas/payments";
import { personListQuery } from "../../shared/schemas/people";
import { startRangeErrors, workItemListQuery } from "../../shared/schemas/work-items";
import { exportRecord, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { yesNo } from "../export-columns";
import {
  type ExportFile,
  type ExportFormat,
  exportContent,
  exportFile,
  exportFormats,
  exportResponse,
  xlsxDescription,
} from "../export-response";
import { badQuery } from "../problem";
import { exportBursaries } from "../services/bursaries";
import { exportFeedback } from "../services/feedback";
import { exportInvolvements } from "../services/involvements";
import { payeeReference, paymentsDue } from "../services/payments";
import { exportPeople, peopleListRules } from "../services/people";
import { exportWorkItems } from "../services/work-items";
import { permit, problemResponses } from "./openapi-helpers";

/** A list's query less its paging (a query with no paging, such as the payments file's, as it is). */
const withoutPaging = (schema: z.ZodObject): z.ZodObject =>
  "page" in schema.shape ? schema.omit({ page: true, pageSize: true }) : schema;

const formatNames: Record<ExportFormat, string> = { csv: "CSV", xlsx: "an Excel workbook (XLSX)" };
const descriptions: Record<ExportFormat, string> = {
  csv: "UTF-8 with BOM, RFC 4180 quoting, dates as YYYY-MM-DD, money in pounds; text cells starting with =, +, -, @ are prefixed with an apostrophe.",
  xlsx: `The CSV's columns and rows. ${xlsxDescription}`,
};

function exportRoute(name: string, format: ExportFormat, query: z.ZodObject, what: string, permission: Permission) {
  return createRoute({
    ...permit(permission),
    method: "get",
    path: `/api/export/${name}.${format}`,
    tags: ["exports"],
    summary: `${what} as ${formatNames[format]}, with the list's own filters and sort, every row`,
    description: descriptions[format],
    request: { query },
    responses: { 200: exportContent(format), ...problemResponses(400, 401, 403) },
  });
}

/**
 * One export: its list's query, and the file it makes for a request (name, columns, rows).
 * Both formats are made from it, so a filter, a sort, a role rule or a column cannot differ.
 */
type ExportDefinition<Q extends z.ZodObject, T> = {
  name: string;
  what: string;
  query: Q;
  /** Who may download it (default: exports.read, as the lists' own readers). */
  permission?: Permission;
  file: (c: Context<AppEnv>, query: z.infer<Q>) => Promise<ExportFile<T>> | ExportFile<T>;
};

export function exportRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  /** What the audit keeps of an export: which file, the filters as given, how many rows went out. */
  const recordExport = (c: Context<AppEnv>, resource: string, query: Record<string, unknown>) => {
    // Taken now: the file streams after the handler has returned.
    const who = whoIs(c, deps);
    const file = new URL(c.req.url).pathname.replace(/^\/api\/export\//, "");
    return (rows: number, finished: boolean) =>
      writeAudit(deps.db, deps.clock(), who, exportRecord(resource, file, query, rows, finished));
  };
  const today = () => calendarDate(deps.clock());
  const names = async () => {
    const [teamRows, userRows] = await Promise.all([
      deps.db.select({ id: teams.id, name: teams.name }).from(teams),
      deps.db.select({ id: users.id, name: users.name }).from(users),
    ]);
    return {
      team: new Map(teamRows.map((t) => [t.id, t.name])),
      user: new Map(userRows.map((u) => [u.id, u.name])),
    };
  };
  const offer = <Q extends z.ZodObject, T>(definition: ExportDefinition<Q, T>) => {
    for (const format of exportFormats)
      app.openapi(
        exportRoute(
          definition.name,
          format,
          withoutPaging(definition.query),
          definition.what,
          definition.permission ?? "exports.read",
        ),
        async (c) => {
          const query = c.req.valid("query") as z.infer<Q>;
          const file = await definition.file(c, query);
          return exportResponse(format, file, recordExport(c, definition.name, query), deps.clock());
        },
      );
  };

  offer({
    name: "work-items",
    what: "Planned work",
    query: workItemListQuery,
    file: async (_c, query) => {
      const errors = startRangeErrors(query);
      if (errors.length) throw badQuery(errors);
      const { team, user } = await names();
      const day = today();
      return exportFile(`planned-work-${day}`, "Planned work", exportWorkItems(deps.db, query, day), (c) => [
        c.text("Title", (item) => item.title),
        c.text("Kind", (item) => item.kind),
        c.text("Team", (item) => team.get(item.teamId)),
        c.text("Lead", (item) => user.get(item.leadId)),
        c.date("Start date", (item) => item.startDate),
        c.date("End date", (item) => item.endDate),
        c.text("Status", (item) => item.status),
        c.text("Involvement level", (item) => item.planLevel ?? "undecided"),
        c.text("Patient voice on the agenda", (item) =>
          item.agendaTargetMet === null ? null : item.agendaTargetMet ? "met" : "not met",
        ),
        c.text("Summary", (item) => item.summary),
        c.date("Last changed", (item) => item.updatedAt.slice(0, 10)),
      ]);
    },
  });

  offer({
    name: "people",
    what: "The people directory",
    query: personListQuery,
    file: (context, query) => {
      // The same field rules as the list: contact details, lived experience and access needs only for roles that may see them.
      const withPersonal = canSeePersonalDetails(context.get("user"));
      const batches = exportPeople(deps.db, query, peopleListRules(context.get("user"), deps.clock()));
      return exportFile(`people-${today()}`, "People", batches, (c) => [
        c.text("Name", (person) => person.name),
        ...(withPersonal ? [c.text("Email", (person) => person.email), c.text("Phone", (person) => person.phone)] : []),
        c.text("Perspectives", (person) => person.perspectives.join("; ")),
        ...(withPersonal
          ? [
              c.text("Lived experience", (person) => person.livedExperience?.join("; ")),
              c.text("Access needs", (person) => person.accessNeeds),
            ]
          : []),
        c.text("Payment preference", (person) => person.paymentPreference),
        c.date("Retention review", (person) => person.retentionReviewOn),
        ...(
          [
            ["Contact consent", "contact"],
            ["Equality monitoring consent", "equalityMonitoring"],
            ["Named publicly consent", "namedPublicly"],
          ] as const
        ).flatMap(([label, kind]) => [
          c.date(`${label} given`, (person) => person.consents[kind]?.givenOn),
          c.date(`${label} withdrawn`, (person) => person.consents[kind]?.withdrawnOn),
        ]),
      ]);
    },
  });

  offer({
    name: "involvements",
    what: "Involvements",
    query: involvementListQuery,
    file: (context, query) => {
      // Support tells a named person's health and care needs: only for roles that may see it.
      const withPersonal = canSeePersonalDetails(context.get("user"));
      return exportFile(
        `involvements-${today()}`,
        "Involvements",
        exportInvolvements(deps.db, query, withPersonal),
        (c) => [
          c.text("Work item", (i) => i.workItemTitle),
          c.text("Person", (i) => i.personName),
          c.text("Role", (i) => i.role),
          c.text("Status", (i) => i.status),
          c.date("From", (i) => i.startDate),
          c.date("To", (i) => i.endDate),
          c.count("Hours", (i) => i.hours),
          c.text("What we ask", (i) => i.ask),
          c.text("What they can expect", (i) => i.expectations),
          ...(withPersonal ? [c.text("Support", (i) => i.support?.join("; "))] : []),
          c.money("Fee (£)", (i) => i.feePence),
          c.money("Expenses (£)", (i) => i.expensesPence),
          c.text("Payment status", (i) => i.paymentStatus),
          c.text("Their feedback", (i) => i.feedback),
          c.text("Impact", (i) => i.impact),
        ],
      );
    },
  });

  offer({
    name: "bursaries",
    what: "Bursaries",
    query: bursaryListQuery,
    file: (context, query) => {
      // Care costs, and the total that holds them, only for roles that may see a named person's care needs.
      const withPersonal = canSeePersonalDetails(context.get("user"));
      return exportFile(`bursaries-${today()}`, "Bursaries", exportBursaries(deps.db, query, withPersonal), (c) => [
        c.text("Event", (b) => b.workItemTitle),
        c.text("Person", (b) => b.personName),
        c.text("Status", (b) => b.status),
        c.text("Status history", (b) => b.statusHistory.map((h) => `${h.status} ${h.on}`).join("; ")),
        c.money("Ticket value waived (£)", (b) => b.ticketValuePence),
        c.money("Travel (£)", (b) => b.travelPence),
        c.money("Accommodation (£)", (b) => b.accommodationPence),
        ...(withPersonal ? [c.money("Care (£)", (b) => b.carePence), c.money("Total (£)", (b) => b.totalPence)] : []),
        c.date("Claimed on", (b) => b.claimedOn),
        c.date("Paid on", (b) => b.paidOn),
      ]);
    },
  });

  offer({
    name: "payments",
    what: "The payments file for finance (involvement fees and expenses due, bursary expenses claimed)",
    query: paymentsQuery,
    permission: "payments.read",
    file: (_c, query) => {
      const errors = startRangeErrors(query);
      if (errors.length) throw badQuery(errors);
      // A payee reference, never contact details: the file goes to finance.
      return exportFile(`payments-${today()}`, "Payments due", paymentsDue(deps.db, query), (c) => [
        c.text("Type", (p) => p.type),
        c.text("Payee", (p) => p.payee),
        c.text("Payee reference", (p) => payeeReference(p.personId)),
        c.text("Work item", (p) => p.workItemTitle),
        c.text("Cost centre", (p) => p.teamName),
        c.date("Date due", (p) => p.dueOn),
        c.money("Fee (£)", (p) => p.feePence),
        c.money("Expenses (£)", (p) => p.expensesPence),
        c.money("Total (£)", (p) => p.totalPence),
        c.text("Record reference", (p) => p.id),
      ]);
    },
  });

  offer({
    name: "feedback",
    what: "Feedback and actions",
    query: feedbackListQuery,
    file: async (_c, query) => {
      const { user } = await names();
      const day = today();
      return exportFile(`feedback-${day}`, "Feedback and actions", exportFeedback(deps.db, query, day), (c) => [
        c.date("Received on", (f) => f.receivedOn),
        c.text("Channel", (f) => f.channel),
        c.text("What we were told", (f) => f.summary),
        c.text("Action", (f) => f.action),
        c.text("Action owner", (f) => (f.actionOwnerId ? user.get(f.actionOwnerId) : null)),
        c.date("Action due", (f) => f.actionDueOn),
        c.text("Action status", (f) => f.actionStatus),
        c.text("Overdue", (f) => yesNo(f.overdue)),
        c.text("Won't do because", (f) => f.wontDoReason),
        c.date("Told back on", (f) => f.toldBackOn),
      ]);
    },
  });
}
