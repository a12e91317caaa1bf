import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Db } from "../../db/database";
import { involvements } from "../../db/schema";
import { calendarDate } from "../../shared/calendar-date";
import { formatPence } from "../../shared/money-text";
import { canSeePersonalDetails, canWorkItem } from "../../shared/permissions";
import type { FieldError } from "../../shared/schemas/common";
import { type InvolvementInput, involvementSchemas } from "../../shared/schemas/involvements";
import type { AppEnv, RequiredDeps } from "../deps";
import { forbidden, invalid } from "../problem";
import { registerResource } from "../resource";
import { findSession } from "../services/agenda";
import { involvementListOrder, involvementListWhere, loadInvolvements } from "../services/involvements";
import { findPersonRow } from "../services/people";
import { activityExists, feeFrom, rateInForce } from "../services/rate-cards";
import { findWorkItem } from "../services/work-items";

const supportRestricted =
  "For the manager role, support (accessibility adjustments, care costs and the rest) is left out (the key is absent): it tells a named person's health and care needs (ADR 005).";

/** Who took part in what: managed by whoever may change the work item. */
export function involvementRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  registerResource(app, deps, {
    resource: "involvements",
    path: "/api/involvements",
    tags: ["involvements"],
    label: "The involvement",
    what: "this involvement",
    table: involvements,
    schemas: involvementSchemas,
    summaries: {
      list: "Involvements, filtered by work item, person, status or role",
      read: "One involvement",
      create: "Add a person to a work item",
      update: "Change an involvement; send the version you last read",
      delete: "Remove an involvement",
    },
    descriptions: { list: supportRestricted, read: supportRestricted },
    load: (db, options, user) => loadInvolvements(db, options, canSeePersonalDetails(user)),
    list: (query) => ({ where: involvementListWhere(query), orderBy: involvementListOrder }),
    // One person's involvements, or one involvement, read: recorded. Support may be health information.
    audit: { special: ["support"], reads: true, listSubject: (query) => query.personId },
    // Asked once per change (not again with the merged result: the work item cannot change).
    mayChange: async (user, _action, { workItemId }, next) => {
      const item = next ? null : await findWorkItem(deps.db, workItemId);
      // A work item that does not exist is the input's mistake, named at its field by check.
      if (item && !canWorkItem(user, "update", item)) {
        throw forbidden("Your role cannot manage involvement on this work item.");
      }
    },
    // Paid on today when it becomes paid without a date; no date once it is not paid.
    // Already paid before this change: its date stays as it was (a payment made before paid_on
    // existed keeps no date rather than today's, which would falsify "paid within 30 days").
    toRow: (input, current) => ({
      ...input,
      paidOn:
        input.paymentStatus !== "paid"
          ? null
          : (input.paidOn ?? (current?.paymentStatus === "paid" ? current.paidOn : calendarDate(deps.clock()))),
    }),
    check: async (input, db, current) => {
      const { workItemId, personId, sessionId } = input;
      const errors = [];
      if (!(await findWorkItem(db, workItemId))) {
        errors.push({ path: "workItemId", message: "Choose a work item that exists" });
      }
      if (!(await findPersonRow(db, personId))) {
        errors.push({ path: "personId", message: "Choose a person from the directory" });
      }
      // A speaker's session must be on the same work item's agenda.
      const session = sessionId ? await findSession(db, sessionId) : null;
      if (sessionId && session?.workItemId !== workItemId) {
        errors.push({ path: "sessionId", message: "Choose a session on this work item's agenda" });
      }
      // A change that leaves the fee and what it was worked out from alone is not checked again:
      // a rate added or changed since never turns an old involvement invalid.
      if (!current || feeBasisChanged(input, current))
        errors.push(...(await feeErrors(db, input, calendarDate(deps.clock()))));
      if (errors.length) throw invalid(errors);
    },
  });
}

const feeBasis = ["rateActivity", "quantity", "feePence", "feeReason", "startDate"] as const;

/**
 * Whether a change touches the fee or what its suggestion is worked out from (marking it paid
 * does not; declining payment, or taking it up again, does).
 */
function feeBasisChanged(
  input: InvolvementInput,
  current: Pick<InvolvementInput, (typeof feeBasis)[number] | "paymentStatus">,
) {
  const declined = (status: string) => status === "declined";
  return (
    feeBasis.some((field) => input[field] !== current[field]) ||
    declined(input.paymentStatus) !== declined(current.paymentStatus)
  );
}

/**
 * Paying people fairly: a fee worked out from a rate card (activity and quantity) that differs
 * from what the rate in force on the involvement's date suggests needs a reason. Someone who
 * declined payment is not nudged. `today` stands in for an involvement with no date yet.
 */
async function feeErrors(db: Db, input: InvolvementInput, today: string): Promise<FieldError[]> {
  const { rateActivity, quantity, feePence, feeReason, paymentStatus, startDate } = input;
  if (rateActivity === null) return [];
  if (!(await activityExists(db, rateActivity)))
    return [{ path: "rateActivity", message: "Choose an activity from the rate cards" }];
  if (quantity === null || paymentStatus === "declined" || feeReason.trim()) return [];
  const rate = await rateInForce(db, rateActivity, startDate ?? today);
  if (!rate) return [];
  const suggested = feeFrom(rate.amountPence, quantity);
  if (feePence === suggested) return [];
  return [{ path: "feeReason", message: `Say why the fee differs from the suggested ${formatPence(suggested)}` }];
}
