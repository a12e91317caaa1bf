import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { teams, users } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { csvPounds } from "../../shared/csv";
import { canSeePersonalDetails } from "../../shared/permissions";
import { bursaryListQuery } from "../../shared/schemas/bursaries";
import { feedbackListQuery } from "../../shared/schemas/feedback";
import { involvementListQuery } from "../../shared/schemas/involvements";
import { personListQuery } from "../../shared/schemas/people";
import { startRangeErrors, workItemListQuery } from "../../shared/schemas/work-items";
import { exportRecord, whoIs, writeAudit } from "../audit";
import { csvResponse } from "../csv-response";
import type { AppEnv, RequiredDeps } from "../deps";
import { badQuery } from "../problem";
import { exportBursaries } from "../services/bursaries";
import { exportFeedback } from "../services/feedback";
import { exportInvolvements } from "../services/involvements";
import { exportPeople, peopleListRules } from "../services/people";
import { exportWorkItems } from "../services/work-items";
import { permit, problemResponses } from "./openapi-helpers";

const withoutPaging = <T extends z.ZodObject>(schema: T) => schema.omit({ page: true, pageSize: true });

function exportRoute(name: string, query: z.ZodObject, what: string) {
  return createRoute({
    ...permit("exports.read"),
    method: "get",
    path: `/api/export/${name}.csv`,
    tags: ["exports"],
    summary: `${what} as CSV, with the list's own filters and sort, every row`,
    description:
      "UTF-8 with BOM, RFC 4180 quoting, dates as YYYY-MM-DD, money in pounds; text cells starting with =, +, -, @ are prefixed with an apostrophe.",
    request: { query },
    responses: {
      200: { description: "The CSV file", content: { "text/csv": { schema: z.string() } } },
      ...problemResponses(400, 401, 403),
    },
  });
}

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

  app.openapi(exportRoute("work-items", withoutPaging(workItemListQuery), "Planned work"), async (c) => {
    const query = c.req.valid("query") as z.infer<typeof workItemListQuery>;
    const errors = startRangeErrors(query);
    if (errors.length) throw badQuery(errors);
    const { team, user } = await names();
    const day = today();
    return csvResponse(
      `planned-work-${day}.csv`,
      [
        "Title",
        "Kind",
        "Team",
        "Lead",
        "Start date",
        "End date",
        "Status",
        "Involvement level",
        "Patient voice on the agenda",
        "Summary",
        "Last changed",
      ],
      exportWorkItems(deps.db, query, day),
      (item) => [
        item.title,
        item.kind,
        team.get(item.teamId),
        user.get(item.leadId),
        item.startDate,
        item.endDate,
        item.status,
        item.planLevel ?? "undecided",
        item.agendaTargetMet === null ? null : item.agendaTargetMet ? "met" : "not met",
        item.summary,
        item.updatedAt.slice(0, 10),
      ],
      recordExport(c, "work-items", query),
    );
  });

  app.openapi(exportRoute("people", withoutPaging(personListQuery), "The people directory"), async (c) => {
    const query = c.req.valid("query") as z.infer<typeof personListQuery>;
    // The same field rules as the list: contact details, lived experience and access needs only for roles that may see them.
    const withPersonal = canSeePersonalDetails(c.get("user"));
    const consentColumns = ["Contact consent", "Equality monitoring consent", "Named publicly consent"].flatMap((n) => [
      `${n} given`,
      `${n} withdrawn`,
    ]);
    return csvResponse(
      `people-${today()}.csv`,
      [
        "Name",
        ...(withPersonal ? ["Email", "Phone"] : []),
        "Perspectives",
        ...(withPersonal ? ["Lived experience", "Access needs"] : []),
        "Payment preference",
        "Retention review",
        ...consentColumns,
      ],
      exportPeople(deps.db, query, peopleListRules(c.get("user"), deps.clock())),
      (person) => [
        person.name,
        ...(withPersonal ? [person.email, person.phone] : []),
        person.perspectives.join("; "),
        ...(withPersonal ? [person.livedExperience?.join("; "), person.accessNeeds] : []),
        person.paymentPreference,
        person.retentionReviewOn,
        ...[person.consents.contact, person.consents.equalityMonitoring, person.consents.namedPublicly].flatMap(
          (consent) => [consent?.givenOn, consent?.withdrawnOn],
        ),
      ],
      recordExport(c, "people", query),
    );
  });

  app.openapi(exportRoute("involvements", withoutPaging(involvementListQuery), "Involvements"), async (c) => {
    const query = c.req.valid("query") as z.infer<typeof involvementListQuery>;
    // Support tells a named person's health and care needs: only for roles that may see it.
    const withPersonal = canSeePersonalDetails(c.get("user"));
    return csvResponse(
      `involvements-${today()}.csv`,
      [
        "Work item",
        "Person",
        "Role",
        "Status",
        "From",
        "To",
        "Hours",
        "What we ask",
        "What they can expect",
        ...(withPersonal ? ["Support"] : []),
        "Fee (£)",
        "Expenses (£)",
        "Payment status",
        "Their feedback",
        "Impact",
      ],
      exportInvolvements(deps.db, query, withPersonal),
      (i) => [
        i.workItemTitle,
        i.personName,
        i.role,
        i.status,
        i.startDate,
        i.endDate,
        i.hours,
        i.ask,
        i.expectations,
        ...(withPersonal ? [i.support?.join("; ")] : []),
        csvPounds(i.feePence),
        csvPounds(i.expensesPence),
        i.paymentStatus,
        i.feedback,
        i.impact,
      ],
      recordExport(c, "involvements", query),
    );
  });

  app.openapi(exportRoute("bursaries", withoutPaging(bursaryListQuery), "Bursaries"), async (c) => {
    const query = c.req.valid("query") as z.infer<typeof bursaryListQuery>;
    // Care costs, and the total that holds them, only for roles that may see a named person's care needs.
    const withPersonal = canSeePersonalDetails(c.get("user"));
    return csvResponse(
      `bursaries-${today()}.csv`,
      [
        "Event",
        "Person",
        "Status",
        "Status history",
        "Ticket value waived (£)",
        "Travel (£)",
        "Accommodation (£)",
        ...(withPersonal ? ["Care (£)", "Total (£)"] : []),
        "Claimed on",
        "Paid on",
      ],
      exportBursaries(deps.db, query, withPersonal),
      (b) => [
        b.workItemTitle,
        b.personName,
        b.status,
        b.statusHistory.map((h) => `${h.status} ${h.on}`).join("; "),
        csvPounds(b.ticketValuePence),
        csvPounds(b.travelPence),
        csvPounds(b.accommodationPence),
        ...(withPersonal ? [csvPounds(b.carePence), csvPounds(b.totalPence)] : []),
        b.claimedOn,
        b.paidOn,
      ],
      recordExport(c, "bursaries", query),
    );
  });

  app.openapi(exportRoute("feedback", withoutPaging(feedbackListQuery), "Feedback and actions"), async (c) => {
    const query = c.req.valid("query") as z.infer<typeof feedbackListQuery>;
    const { user } = await names();
    const day = today();
    return csvResponse(
      `feedback-${day}.csv`,
      [
        "Received on",
        "Channel",
        "What we were told",
        "Action",
        "Action owner",
        "Action due",
        "Action status",
        "Overdue",
        "Won't do because",
        "Told back on",
      ],
      exportFeedback(deps.db, query, day),
      (f) => [
        f.receivedOn,
        f.channel,
        f.summary,
        f.action,
        f.actionOwnerId ? user.get(f.actionOwnerId) : null,
        f.actionDueOn,
        f.actionStatus,
        f.overdue,
        f.wontDoReason,
        f.toldBackOn,
      ],
      recordExport(c, "feedback", query),
    );
  });
}
