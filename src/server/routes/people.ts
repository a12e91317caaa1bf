import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema";
import { canSeeContactDetails } from "../../shared/permissions";
import { type PersonInput, personSchemas } from "../../shared/schemas/people";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, forbidden } from "../problem";
import { registerResource } from "../resource";
import { audit, auditActions, deleteAnswers, hasEqualityConsent } from "../services/equality";
import { personHasInvolvements } from "../services/involvements";
import { listLivedExperienceTags, loadPeople, peopleListShape, toColumns } from "../services/people";
import { json, permit, problemResponses } from "./openapi-helpers";

const tags = ["people"];
const restricted = "Contact details (email, phone) and access needs are left out for the manager role.";

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

/** The people directory: contact details only for the roles that may see them; consents change one at a time. */
export function peopleRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(livedExperienceTags, async (c) => c.json({ items: await listLivedExperienceTags(deps.db) }, 200));

  registerResource(app, deps, {
    resource: "people",
    path: "/api/people",
    tags,
    label: "The person",
    what: "this person",
    table: people,
    schemas: personSchemas,
    summaries: {
      list: "The people directory: search and filter by perspective or lived experience",
      read: "One person",
      create: "Add a person (lead, events, admin)",
      update: "Change some fields of a person; send the version you last read",
      delete: "Delete a person who has no involvements (409 otherwise)",
    },
    descriptions: { list: restricted, read: restricted },
    load: (db, options, user) => loadPeople(db, options, canSeeContactDetails(user)),
    // A search never matches on fields the caller cannot see.
    list: (query, user) => peopleListShape(query, canSeeContactDetails(user)),
    toRow: (input: PersonInput) => toColumns(input),
    // A change is merged into the whole record: a role that may not see contact details may not change a person.
    mayChange: (user) => {
      if (!canSeeContactDetails(user)) throw forbidden("Your role can read the people directory but not change it.");
    },
    // Only the consents a PATCH names change; the others stay as they are.
    merge: (current, { consents, ...changes }) => ({
      ...current,
      ...changes,
      consents: { ...current.consents, ...(consents as Partial<PersonInput["consents"]> | undefined) },
    }),
    // A withdrawn equality consent and the deletion of the answers land together.
    afterWrite: async (tx, { action, id, user }) => {
      if (action !== "update") return;
      const [saved] = await tx.select().from(people).where(eq(people.id, id));
      if (saved && !hasEqualityConsent(saved) && (await deleteAnswers(tx, saved.id))) {
        await audit(tx, user, auditActions.withdrawn, saved, deps.clock());
      }
    },
    beforeDelete: async (db, person) => {
      if (await personHasInvolvements(db, person.id)) {
        throw new ApiError(
          409,
          "Conflict",
          `${person.name} has involvements on record, so they cannot be deleted here. Remove the involvements first, or ask the data steward about erasure.`,
        );
      }
    },
  });
}
