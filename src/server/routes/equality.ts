import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { canReadEquality } from "../../shared/permissions";
import { equalityAnswers } from "../../shared/schemas/equality";
import { whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, notFound } from "../problem";
import { isUuid } from "../resource";
import { deleteAnswers, equalityAudit, findAnswers, hasEqualityConsent, saveAnswers } from "../services/equality";
import { findPersonRow } from "../services/people";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["equality monitoring"];
const special =
  "Special-category data: recorded only with the person's equality-monitoring consent; one person's answers are shown to admin only, and every such read is audited.";

const routes = {
  read: createRoute({
    ...permit("equality.read"),
    method: "get",
    path: "/api/people/{id}/equality",
    tags,
    summary: "One person's equality-monitoring answers (admin only; audited)",
    description: special,
    request: { params },
    responses: {
      200: json(equalityAnswers, "The answers; a missing key is not answered"),
      ...problemResponses(401, 403, 404),
    },
  }),
  save: createRoute({
    ...permit("equality.update"),
    method: "put",
    path: "/api/people/{id}/equality",
    tags,
    summary: "Record a person's answers, replacing any before (lead, events, admin; needs consent)",
    description: `${special} The reply carries the answers to admin only; other roles get 204.`,
    request: { params, body: { required: true, content: { "application/json": { schema: equalityAnswers } } } },
    responses: {
      200: json(equalityAnswers, "Recorded (admin)"),
      204: { description: "Recorded" },
      ...problemResponses(401, 403, 404, 409, 413, 422),
    },
  }),
  remove: createRoute({
    ...permit("equality.delete"),
    method: "delete",
    path: "/api/people/{id}/equality",
    tags,
    summary: "Delete a person's answers, as on withdrawal of consent (lead, events, admin)",
    request: { params },
    responses: { 204: { description: "Deleted (or there were none)" }, ...problemResponses(401, 403, 404) },
  }),
};

export function equalityRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const existingPerson = async (id: string) => {
    const row = isUuid(id) ? await findPersonRow(deps.db, id) : null;
    if (!row) throw notFound("The person");
    return row;
  };

  app.openapi(routes.read, async (c) => {
    const person = await existingPerson(c.req.valid("param").id);
    const answers = await findAnswers(deps.db, person.id);
    const detail = answers ? undefined : { found: false };
    await writeAudit(deps.db, deps.clock(), whoIs(c, deps), equalityAudit("read", person.id, { detail }));
    if (!answers) throw notFound("Equality-monitoring answers for this person");
    return c.json(answers, 200);
  });

  app.openapi(routes.save, async (c) => {
    const user = c.get("user");
    const person = await existingPerson(c.req.valid("param").id);
    if (!hasEqualityConsent(person)) {
      throw new ApiError(
        409,
        "No consent",
        `${person.name} has not given consent to equality monitoring (or has withdrawn it), so no answers can be recorded.`,
      );
    }
    const answers = c.req.valid("json");
    const now = deps.clock();
    await deps.db.transaction(async (tx) => {
      const before = await findAnswers(tx, person.id);
      await saveAnswers(tx, person.id, answers, now);
      const after = await findAnswers(tx, person.id);
      const action = before ? "update" : "create";
      await writeAudit(tx, now, whoIs(c, deps), equalityAudit(action, person.id, { before, after }));
    });
    if (!canReadEquality(user)) return c.body(null, 204);
    return c.json((await findAnswers(deps.db, person.id)) ?? {}, 200);
  });

  app.openapi(routes.remove, async (c) => {
    const person = await existingPerson(c.req.valid("param").id);
    await deps.db.transaction(async (tx) => {
      if (await deleteAnswers(tx, person.id))
        await writeAudit(tx, deps.clock(), whoIs(c, deps), equalityAudit("delete", person.id));
    });
    return c.body(null, 204);
  });
}
