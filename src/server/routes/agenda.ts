import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { isEventKind } from "../../shared/permissions";
import {
  agendaSession,
  agendaTarget,
  eventDetails,
  eventDetailsInput,
  publicAgenda,
  sessionInput,
  sessionPatch,
} from "../../shared/schemas/agenda";
import type { WorkItem } from "../../shared/schemas/work-items";
import { updateRecord, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { fieldErrors, invalid, notFound } from "../problem";
import { isUuid, staleVersion } from "../resource";
import {
  agendaTargetOf,
  deleteSession,
  findEventDetails,
  findSession,
  insertSession,
  listSessions,
  publicAgendaOf,
  saveEventDetails,
  updateSession,
} from "../services/agenda";
import { json, permit, problemResponses } from "./openapi-helpers";
import { existingWorkItem } from "./work-items";

const params = z.object({ id: z.string() });
const tags = ["agenda"];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const routes = {
  listSessions: createRoute({
    ...permit("agenda.read"),
    method: "get",
    path: "/api/work-items/{id}/sessions",
    tags,
    summary: "The agenda of a conference or event, in time order",
    request: { params },
    responses: {
      200: json(z.object({ items: z.array(agendaSession) }), "The sessions"),
      ...problemResponses(401, 404),
    },
  }),
  createSession: createRoute({
    ...permit("agenda.create"),
    method: "post",
    path: "/api/work-items/{id}/sessions",
    tags,
    summary: "Add a session to the agenda (events, admin)",
    request: { params, body: body(sessionInput) },
    responses: { 201: json(agendaSession, "Created"), ...problemResponses(401, 403, 404, 413, 422) },
  }),
  readSession: createRoute({
    ...permit("agenda.read"),
    method: "get",
    path: "/api/sessions/{id}",
    tags,
    summary: "One session",
    request: { params },
    responses: { 200: json(agendaSession, "The session"), ...problemResponses(401, 404) },
  }),
  patchSession: createRoute({
    ...permit("agenda.update"),
    method: "patch",
    path: "/api/sessions/{id}",
    tags,
    summary: "Change a session (events, admin); send the version you last read",
    request: { params, body: body(sessionPatch) },
    responses: { 200: json(agendaSession, "Updated"), ...problemResponses(401, 403, 404, 409, 413, 422) },
  }),
  removeSession: createRoute({
    ...permit("agenda.delete"),
    method: "delete",
    path: "/api/sessions/{id}",
    tags,
    summary: "Remove a session; its speakers stay involved, without a session",
    request: { params },
    responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404) },
  }),
  target: createRoute({
    ...permit("agenda.read"),
    method: "get",
    path: "/api/work-items/{id}/agenda-target",
    tags,
    summary: "Whether a patient voice is on the agenda, why not, and the speakers",
    description:
      'A speaker is an involvement of the event as chair, presenter, facilitator or panellist, confirmed or took part. Met when a speaker has the patient, service user or carer perspective. For staff: `name` is the name on record; `publicName` is what the agenda shows ("Patient speaker" unless they consented to be named publicly).',
    request: { params },
    responses: { 200: json(agendaTarget, "The target"), ...problemResponses(401, 404) },
  }),
  publicAgenda: createRoute({
    ...permit("agenda.read"),
    method: "get",
    path: "/api/work-items/{id}/public-agenda",
    tags,
    summary: "The agenda for publication: sessions, speakers named only with their consent, and the target",
    description:
      'What the conference report and the printed agenda show. Every involvement in an agenda role, whatever its status (a report leaves out declined and withdrew). `publicName` is the person\'s name only when they consented to be named publicly (given and not withdrawn); otherwise it is "Patient speaker", shown beside their role, and their name is not in the response.',
    request: { params },
    responses: { 200: json(publicAgenda, "The agenda for publication"), ...problemResponses(401, 404) },
  }),
  readDetails: createRoute({
    ...permit("eventDetails.read"),
    method: "get",
    path: "/api/work-items/{id}/event-details",
    tags,
    summary: "Bursary places and budget, and whether patients advised on speakers and content",
    description: "Before the first save the defaults come back with version 0.",
    request: { params },
    responses: { 200: json(eventDetails, "The details"), ...problemResponses(401, 404) },
  }),
  saveDetails: createRoute({
    ...permit("eventDetails.update"),
    method: "put",
    path: "/api/work-items/{id}/event-details",
    tags,
    summary: "Record bursary places, budget and speaker advice (events, admin); send the version you last read",
    request: { params, body: body(eventDetailsInput) },
    responses: { 200: json(eventDetails, "Saved"), ...problemResponses(401, 403, 404, 409, 413, 422) },
  }),
};

const sessionFieldsOf = ({ title, startsAt, format }: z.infer<typeof agendaSession>) => ({ title, startsAt, format });

/** An agenda session's audit entries: the session, with its event in the detail. */
const sessionAudit = (id: string, workItemId: string) => ({
  resource: "sessions",
  recordId: id,
  detail: { workItemId },
});

export function agendaRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  /** Only conferences and events have an agenda. */
  const existingEvent = async (id: string): Promise<WorkItem> => {
    const item = await existingWorkItem(deps, id);
    if (!isEventKind(item.kind)) throw notFound("An agenda (only conferences and events have one)");
    return item;
  };
  const existingSession = async (id: string) => {
    const found = isUuid(id) ? await findSession(deps.db, id) : null;
    if (!found) throw notFound("The session");
    return found;
  };

  app.openapi(routes.listSessions, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    return c.json({ items: await listSessions(deps.db, item.id) }, 200);
  });

  app.openapi(routes.createSession, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    const created = await deps.db.transaction(async (tx) => {
      const session = await insertSession(tx, item.id, c.req.valid("json"), deps.clock());
      await writeAudit(tx, deps.clock(), whoIs(c, deps), { ...sessionAudit(session.id, item.id), action: "create" });
      return session;
    });
    return c.json(created, 201);
  });

  app.openapi(routes.readSession, async (c) => c.json(await existingSession(c.req.valid("param").id), 200));

  app.openapi(routes.patchSession, async (c) => {
    const { version, ...changes } = c.req.valid("json");
    const current = await existingSession(c.req.valid("param").id);
    if (version !== current.version) throw staleVersion("this session");
    const merged = sessionInput.safeParse({ ...sessionFieldsOf(current), ...changes });
    if (!merged.success) throw invalid(fieldErrors(merged.error));
    const updated = await deps.db.transaction(async (tx) => {
      const session = await updateSession(tx, current.id, version, merged.data, deps.clock());
      const base = sessionAudit(current.id, current.workItemId);
      if (session) await writeAudit(tx, deps.clock(), whoIs(c, deps), updateRecord(base, current, session));
      return session;
    });
    if (!updated) throw staleVersion("this session");
    return c.json(updated, 200);
  });

  app.openapi(routes.removeSession, async (c) => {
    const current = await existingSession(c.req.valid("param").id);
    await deps.db.transaction(async (tx) => {
      await deleteSession(tx, current.id);
      const base = sessionAudit(current.id, current.workItemId);
      await writeAudit(tx, deps.clock(), whoIs(c, deps), { ...base, action: "delete" });
    });
    return c.body(null, 204);
  });

  app.openapi(routes.target, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    return c.json(await agendaTargetOf(deps.db, item.id), 200);
  });

  app.openapi(routes.publicAgenda, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    return c.json(await publicAgendaOf(deps.db, item.id), 200);
  });

  app.openapi(routes.readDetails, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    return c.json(await findEventDetails(deps.db, item.id), 200);
  });

  app.openapi(routes.saveDetails, async (c) => {
    const item = await existingEvent(c.req.valid("param").id);
    const { version, ...values } = c.req.valid("json");
    const current = await findEventDetails(deps.db, item.id);
    if (version !== current.version) throw staleVersion("these details");
    const saved = await deps.db.transaction(async (tx) => {
      const details = await saveEventDetails(tx, item.id, version, values, deps.clock());
      // One record per event: the audit names it by the work item's id.
      const base = { resource: "event-details", recordId: item.id };
      if (details) await writeAudit(tx, deps.clock(), whoIs(c, deps), updateRecord(base, current, details));
      return details;
    });
    if (!saved) throw staleVersion("these details");
    return c.json(saved, 200);
  });
}
