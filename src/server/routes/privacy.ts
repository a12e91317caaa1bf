import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema";
import { person } from "../../shared/schemas/people";
import { consentHistory, erasureInput, subjectAccess } from "../../shared/schemas/privacy";
import { whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, invalid, notFound } from "../problem";
import { isUuid } from "../resource";
import { findPersonRow, loadPeople } from "../services/people";
import { consentHistoryOf, erasePerson, subjectAccessOf } from "../services/privacy";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["privacy"];

const routes = {
  consentHistory: createRoute({
    ...permit("consentHistory.read"),
    method: "get",
    path: "/api/people/{id}/consents/history",
    tags,
    summary:
      "Every give and withdraw of each of a person's consents, newest first, with who recorded it (the read is recorded in the audit)",
    request: { params },
    responses: { 200: json(consentHistory, "The history"), ...problemResponses(401, 404) },
  }),
  subjectAccess: createRoute({
    ...permit("subjectAccess.read"),
    method: "get",
    path: "/api/people/{id}/subject-access",
    tags,
    summary: "Everything held about one person, for a subject access request (admin; recorded in the audit)",
    request: { params },
    responses: { 200: json(subjectAccess, "Everything held"), ...problemResponses(401, 403, 404) },
  }),
  erase: createRoute({
    ...permit("erasure.create"),
    method: "post",
    path: "/api/people/{id}/erase",
    tags,
    summary: "Erase a person: identity and special-category data cleared, contributions kept without identity (admin)",
    description:
      'The person becomes "Erased person": name, contact details, lived experience, access needs, payment preference, retention date and consents cleared; equality answers, consent history and the identifying values in the audit deleted. Involvements, bursaries and speaker places stay, so counts, budgets and agenda targets hold. The audit keeps that the erasure happened and why. Erasing twice is a 409.',
    request: { params, body: { required: true, content: { "application/json": { schema: erasureInput } } } },
    responses: { 200: json(person, "Erased"), ...problemResponses(401, 403, 404, 409, 422) },
  }),
};

const alreadyErased = () =>
  new ApiError(409, "Already erased", "This person was erased already; there is nothing left to erase.", undefined, {
    code: "already_erased",
  });

export function privacyRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const existingPerson = async (id: string) => {
    const row = isUuid(id) ? await findPersonRow(deps.db, id) : null;
    if (!row) throw notFound("The person");
    return row;
  };

  app.openapi(routes.consentHistory, async (c) => {
    const person = await existingPerson(c.req.valid("param").id);
    const items = await consentHistoryOf(deps.db, person.id);
    // Who looked at a person's consents is attributable, as a read of the person is.
    await writeAudit(deps.db, deps.clock(), whoIs(c, deps), {
      action: "read",
      resource: "consent-history",
      recordId: person.id,
      subjectPersonId: person.id,
      detail: { rows: items.length },
    });
    return c.json({ items }, 200);
  });

  app.openapi(routes.subjectAccess, async (c) => {
    const person = await existingPerson(c.req.valid("param").id);
    const now = deps.clock();
    // Recorded first, so the document's own audit section shows this request.
    await writeAudit(deps.db, now, whoIs(c, deps), {
      action: "export",
      resource: "subject-access",
      recordId: person.id,
      subjectPersonId: person.id,
      detail: { file: "subject access (JSON)" },
    });
    return c.json(await subjectAccessOf(deps.db, person.id, now), 200);
  });

  app.openapi(routes.erase, async (c) => {
    const person = await existingPerson(c.req.valid("param").id);
    if (person.erasedAt) throw alreadyErased();
    const { reason } = c.req.valid("json");
    // The reason stays in the append-only audit for good: it must not carry who they were.
    const identity = [person.name, person.email, person.phone].filter((value): value is string => Boolean(value));
    if (identity.some((value) => reason.toLowerCase().includes(value.toLowerCase())))
      throw invalid([
        {
          path: "reason",
          message: "Leave their name and contact details out of the reason: the audit keeps it for good",
        },
      ]);
    const now = deps.clock();
    await deps.db.transaction(async (tx) => {
      if (!(await erasePerson(tx, person.id, now))) throw alreadyErased();
      await writeAudit(tx, now, whoIs(c, deps), {
        action: "erase",
        resource: "people",
        recordId: person.id,
        subjectPersonId: person.id,
        detail: { reason },
      });
    });
    const [erased] = await loadPeople(deps.db, { where: eq(people.id, person.id) }, true);
    return c.json(erased, 200);
  });
}
