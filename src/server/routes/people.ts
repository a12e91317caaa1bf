import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { people } from "../../db/schema";
import { canSeePersonalDetails } from "../../shared/permissions";
import { livedExperienceTags as tagsResponse } from "../../shared/schemas/lived-experience";
import { type PersonInput, personSchemas } from "../../shared/schemas/people";
import { writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, forbidden } from "../problem";
import { registerResource } from "../resource";
import { deleteAnswers, equalityAudit, hasEqualityConsent } from "../services/equality";
import { forgetImportRowsOf } from "../services/import-retention";
import { livedExperienceTagsOf, loadPeople, peopleListRules, peopleListShape, toColumns } from "../services/people";
import { forgetPersonalValues, personHasContributions, recordConsentEvents } from "../services/privacy";
import { json, permit, problemResponses } from "./openapi-helpers";

const tags = ["people"];
const restricted =
  "For the manager role, contact details (email, phone), lived experience and access needs are left out (the keys are absent): health data tied to a name is special category (ADR 005).";
const listRestricted = `${restricted} A manager's search matches names only (other roles' also matches email, phone and lived-experience tags), and a manager's livedExperience filter is refused with 403 (errors at livedExperience, code aggregate_only): counts by tag are at /api/lived-experience-tags.`;

const livedExperienceTags = createRoute({
  ...permit("people.read"),
  method: "get",
  path: "/api/lived-experience-tags",
  tags,
  summary: "Every lived-experience tag in use, A to Z (for the directory's filter), and people counted by tag",
  description:
    "An aggregate every role reads, managers too: no one is named. Counts from 1 to threshold − 1 are suppressed (people null, suppressed true); every other count is rounded to the nearest roundingBase (rounded: true), as equality figures are (ADR 006).",
  responses: {
    200: json(tagsResponse, "The tags in use, with counts"),
    ...problemResponses(401),
  },
});

/** The people directory: personal details only for the roles that may see them; consents change one at a time. */
export function peopleRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(livedExperienceTags, async (c) =>
    c.json(
      await livedExperienceTagsOf(deps.db, { threshold: deps.suppressionThreshold, base: deps.roundingBase }),
      200,
    ),
  );

  registerResource(app, deps, {
    resource: "people",
    path: "/api/people",
    tags,
    label: "The person",
    what: "this person",
    table: people,
    schemas: personSchemas,
    summaries: {
      list: "The people directory: search, and filter by perspective or (not managers) lived experience",
      read: "One person",
      create: "Add a person (lead, events, admin)",
      update: "Change some fields of a person; send the version you last read",
      delete: "Delete a person who has no involvements (409 otherwise)",
    },
    descriptions: { list: listRestricted, read: restricted },
    // Reading one person is recorded; a person's identity is kept apart so erasure can remove it.
    audit: {
      special: ["livedExperience", "accessNeeds"],
      identifying: ["name", "email", "phone"],
      subject: (row) => row.id as string,
      reads: true,
    },
    load: (db, options, user) => loadPeople(db, options, canSeePersonalDetails(user)),
    // A search never matches on fields the caller cannot see; a filter on one is refused.
    list: (query, user) => peopleListShape(query, peopleListRules(user, deps.clock())),
    toRow: (input: PersonInput) => toColumns(input),
    // A change is merged into the whole record: a role that may not see personal details may not change a person.
    // An erased person stays erased: nothing may put an identity back on their record.
    mayChange: (user, _action, person) => {
      if (!canSeePersonalDetails(user)) throw forbidden("Your role can read the people directory but not change it.");
      if ("erasedAt" in person && person.erasedAt)
        throw new ApiError(409, "Erased", "This person was erased: their record cannot be changed.", undefined, {
          code: "erased",
        });
    },
    // Only the consents a PATCH names change; the others stay as they are.
    merge: (current, { consents, ...changes }) => ({
      ...current,
      ...changes,
      consents: { ...current.consents, ...(consents as Partial<PersonInput["consents"]> | undefined) },
    }),
    // Each consent given or withdrawn joins the history; a withdrawn equality consent and the
    // deletion of the answers land together.
    afterWrite: async (tx, { action, id, who, before }) => {
      // A deleted person's identifying values go from the audit too (the entries stay), and from the
      // import rows that are theirs (found by the name and email their row had; not a namesake's).
      if (action === "delete") {
        const { name, email } = before as { name: string; email: string | null };
        await forgetImportRowsOf(tx, { id, name, email }, "theirs");
        return forgetPersonalValues(tx, id);
      }
      const [saved] = await tx.select().from(people).where(eq(people.id, id));
      if (!saved) return;
      await recordConsentEvents(tx, id, before as typeof saved | undefined, saved, who, deps.clock());
      if (action === "update" && !hasEqualityConsent(saved) && (await deleteAnswers(tx, saved.id))) {
        const detail = { reason: "consent withdrawn" };
        await writeAudit(tx, deps.clock(), who, equalityAudit("delete", saved.id, { detail }));
      }
    },
    beforeDelete: async (db, person) => {
      if (await personHasContributions(db, person.id)) {
        throw new ApiError(
          409,
          "Conflict",
          `${person.name} has involvements or bursaries on record, so they cannot be deleted here. To remove who they are while keeping what they contributed, erase them instead (POST /api/people/${person.id}/erase).`,
          undefined,
          { code: "use_erasure" },
        );
      }
    },
  });
}
