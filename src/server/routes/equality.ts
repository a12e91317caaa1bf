import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { canReadEquality } from "../../shared/permissions";
import { pageOf, pagingParams } from "../../shared/schemas/common";
import { auditEntry, equalityAnswers } from "../../shared/schemas/equality";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, notFound } from "../problem";
import { isUuid, pageFrom } from "../resource";
import {
  audit,
  auditActions,
  deleteAnswers,
  findAnswers,
  hasEqualityConsent,
  listAudit,
  saveAnswers,
} from "../services/equality";
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
  audit: createRoute({
    ...permit("audit.read"),
    method: "get",
    path: "/api/audit",
    tags: ["audit"],
    summary: "Who read or changed special-category data, whose, and when; newest first (admin only)",
    request: { query: z.object(pagingParams) },
    responses: { 200: json(pageOf(auditEntry), "A page of audit records"), ...problemResponses(400, 401, 403) },
  }),
};

export function equalityRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const existingPerson = async (id: string) => {
    const row = isUuid(id) ? await findPersonRow(deps.db, id) : null;
    if (!row) throw notFound("The person");
    return row;
  };

  app.openapi(routes.read, async (c) => {
    const user = c.get("user");
    const person = await existingPerson(c.req.valid("param").id);
    const answers = await findAnswers(deps.db, person.id);
    await audit(deps.db, user, answers ? auditActions.read : auditActions.readNone, person, deps.clock());
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
    await saveAnswers(deps.db, person.id, answers, now);
    await audit(deps.db, user, auditActions.recorded, person, now);
    if (!canReadEquality(user)) return c.body(null, 204);
    return c.json((await findAnswers(deps.db, person.id)) ?? {}, 200);
  });

  app.openapi(routes.remove, async (c) => {
    const user = c.get("user");
    const person = await existingPerson(c.req.valid("param").id);
    if (await deleteAnswers(deps.db, person.id)) await audit(deps.db, user, auditActions.deleted, person, deps.clock());
    return c.body(null, 204);
  });

  app.openapi(routes.audit, async (c) => {
    const { page, pageSize } = pageFrom(c.req.valid("query"));
    return c.json(await listAudit(deps.db, page, pageSize), 200);
  });
}
