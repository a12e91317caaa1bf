import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { rateCards } from "../../db/schema";
import { rateCardSchemas, suggestedFee, suggestQuery } from "../../shared/schemas/rate-cards";
import type { AppEnv, RequiredDeps } from "../deps";
import { fieldErrors, invalid, notFound } from "../problem";
import { registerResource } from "../resource";
import { feeFrom, rateCardListOrder, rateCardListWhere, rateInForce, sameDateRate } from "../services/rate-cards";
import { json, permit, problemResponses } from "./openapi-helpers";

const tags = ["rate cards"];

/** Dated rates per kind of activity (admin sets them), and the fee they suggest for an involvement. */
export function rateCardRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  // Before the resource's /{id}, which would otherwise take "suggest" for an id.
  const suggest = createRoute({
    ...permit("rateCards.read"),
    method: "get",
    path: "/api/rate-cards/suggest",
    tags,
    summary: "The fee the rate in force on a date suggests for a quantity of an activity",
    description:
      "The rate in force is the one for the activity with the latest effective date on or before `on`; the amount is round(rate × quantity) in pence. A query that is not valid is 422 with field errors: these are the inputs of a calculation, as a form's fields are.",
    request: { query: suggestQuery },
    responses: { 200: json(suggestedFee, "The suggested fee"), ...problemResponses(401, 404, 422) },
  });
  app.openapi(
    suggest,
    async (c) => {
      const { activity, quantity, on } = c.req.valid("query");
      const rate = await rateInForce(deps.db, activity, on);
      if (!rate) throw notFound(`A rate for "${activity}" in force on ${on}`);
      return c.json({ amountPence: feeFrom(rate.amountPence, quantity), rateCardId: rate.id }, 200);
    },
    (result) => {
      if (!result.success) throw invalid(fieldErrors(result.error));
    },
  );

  registerResource(app, deps, {
    resource: "rateCards",
    path: "/api/rate-cards",
    tags,
    label: "The rate",
    what: "this rate",
    table: rateCards,
    schemas: rateCardSchemas,
    summaries: {
      list: "Rates per activity, each activity's newest first; filter by activity",
      read: "One rate",
      create: "Add a dated rate for an activity (admin)",
      update: "Change a rate (admin); send the version you last read",
      delete: "Delete a rate (admin)",
    },
    list: (query) => ({ where: rateCardListWhere(query), orderBy: rateCardListOrder }),
    check: async ({ activity, effectiveFrom }, db, current) => {
      if (await sameDateRate(db, activity, effectiveFrom, current?.id))
        throw invalid([{ path: "effectiveFrom", message: `There is already a rate for ${activity} from this date` }]);
    },
  });
}
