import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { canEditPeople, canSeeContactDetails } from "../../shared/permissions";
import { pageOf } from "../../shared/schemas/common";
import { person, personInput, personListQuery, personPatch } from "../../shared/schemas/person";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, fieldErrors, forbidden, invalid, notFound } from "../problem";
import { audit, auditActions, deleteAnswers, hasEqualityConsent } from "../services/equality";
import { personHasInvolvements } from "../services/involvements";
import {
  deletePerson,
  findPersonRow,
  insertPerson,
  listLivedExperienceTags,
  listPeople,
  personInputOf,
  toPerson,
  updatePerson,
} from "../services/people";
import { json, permit, problemResponses } from "./openapi-helpers";

const params = z.object({ id: z.string() });
const tags = ["people"];
const restricted = "Contact details (email, phone) and access needs are left out for the manager role.";

const list = createRoute({
  ...permit("people.read"),
  method: "get",
  path: "/api/people",
  tags,
  summary: "The people directory: search and filter by perspective or lived experience",
  description: restricted,
  request: { query: personListQuery },
  responses: { 200: json(pageOf(person), "A page of people"), ...problemResponses(400, 401) },
});
const create = createRoute({
  ...permit("people.create"),
  method: "post",
  path: "/api/people",
  tags,
  summary: "Add a person (lead, events, admin)",
  request: { body: { required: true, content: { "application/json": { schema: personInput } } } },
  responses: { 201: json(person, "Created"), ...problemResponses(401, 403, 413, 422) },
});
const read = createRoute({
  ...permit("people.read"),
  method: "get",
  path: "/api/people/{id}",
  tags,
  summary: "One person",
  description: restricted,
  request: { params },
  responses: { 200: json(person, "The person"), ...problemResponses(401, 404) },
});
const patch = createRoute({
  ...permit("people.update"),
  method: "patch",
  path: "/api/people/{id}",
  tags,
  summary: "Change some fields of a person; send the version you last read",
  request: { params, body: { required: true, content: { "application/json": { schema: personPatch } } } },
  responses: { 200: json(person, "Updated (version + 1)"), ...problemResponses(401, 403, 404, 409, 413, 422) },
});
const remove = createRoute({
  ...permit("people.delete"),
  method: "delete",
  path: "/api/people/{id}",
  tags,
  summary: "Delete a person who has no involvements (409 otherwise)",
  request: { params },
  responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404, 409) },
});

const livedExperienceTags = createRoute({
  ...permit("people.read"),
  method: "get",
  path: "/api/lived-experience-tags",
  tags,
  summary: "Every lived-experience tag in use, A to Z (for the directory's filter)",
  responses: {
    200: json(z.object({ items: z.array(z.string()) }), "The tags in use"),
    ...problemResponses(401),
  },
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export function peopleRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  const existing = async (id: string) => {
    const row = isUuid(id) ? await findPersonRow(deps.db, id) : null;
    if (!row) throw notFound("The person");
    return row;
  };
  const mayEdit = (user: AppEnv["Variables"]["user"]) => {
    if (!canEditPeople(user)) throw forbidden("Your role can read the people directory but not change it.");
  };

  app.openapi(list, async (c) =>
    c.json(await listPeople(deps.db, c.req.valid("query"), canSeeContactDetails(c.get("user"))), 200),
  );

  app.openapi(livedExperienceTags, async (c) => c.json({ items: await listLivedExperienceTags(deps.db) }, 200));

  app.openapi(read, async (c) => {
    const row = await existing(c.req.valid("param").id);
    return c.json(toPerson(row, canSeeContactDetails(c.get("user"))), 200);
  });

  app.openapi(create, async (c) => {
    mayEdit(c.get("user"));
    const row = await insertPerson(deps.db, c.req.valid("json"), deps.clock());
    return c.json(toPerson(row, true), 201);
  });

  app.openapi(patch, async (c) => {
    mayEdit(c.get("user"));
    const { version, consents, ...changes } = c.req.valid("json");
    const row = await existing(c.req.valid("param").id);
    if (version !== row.version) {
      throw new ApiError(
        409,
        "Conflict",
        "Someone else changed this person since you opened them. Reload to see their changes.",
      );
    }
    const current = personInputOf(row);
    const merged = personInput.safeParse({ ...current, ...changes, consents: { ...current.consents, ...consents } });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    const now = deps.clock();
    // One transaction: a withdrawn equality consent and the deletion of the answers land together.
    const updated = await deps.db.transaction(async (tx) => {
      const saved = await updatePerson(tx, row.id, version, merged.data, now);
      if (saved && !hasEqualityConsent(saved) && (await deleteAnswers(tx, saved.id))) {
        await audit(tx, c.get("user"), auditActions.withdrawn, saved, now);
      }
      return saved;
    });
    if (!updated)
      throw new ApiError(
        409,
        "Conflict",
        "Someone else changed this person a moment ago. Reload to see their changes.",
      );
    return c.json(toPerson(updated, true), 200);
  });

  app.openapi(remove, async (c) => {
    mayEdit(c.get("user"));
    const row = await existing(c.req.valid("param").id);
    if (await personHasInvolvements(deps.db, row.id)) {
      throw new ApiError(
        409,
        "Conflict",
        `${row.name} has involvements on record, so they cannot be deleted here. Remove the involvements first, or ask the data steward about erasure.`,
      );
    }
    await deletePerson(deps.db, row.id);
    return c.body(null, 204);
  });
}
