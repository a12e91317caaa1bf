import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem, paths } from "./helpers";

const api = setupApi();

type Json = Record<string, unknown> & { id: string; version: number };

async function post(client: Client, path: string, body: unknown): Promise<Json> {
  const response = await client.request("POST", path, body);
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const person = (name: string, perspectives: string[]) => ({ name, perspectives });
const brief = { ask: "Chair the panel and keep time.", expectations: "A £150 fee and travel booked." };

describe("agenda sessions", () => {
  it("lets events add, change and remove sessions in time order; others read them", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference", title: "Living well with HIV" });
    const base = `/api/work-items/${conference.id}/sessions`;
    const late = await post(events, base, {
      title: "Closing panel",
      startsAt: "2026-06-01T15:00:00+01:00",
      format: "panel",
    });
    const early = await post(events, base, {
      title: "Opening keynote",
      startsAt: "2026-06-01T09:30:00Z",
      format: "keynote",
    });
    expect(late).toMatchObject({ workItemId: conference.id, title: "Closing panel", format: "panel", version: 1 });
    expect(late.startsAt).toBe("2026-06-01T14:00:00.000Z");

    const manager = await api.as("manager@example.org");
    const list = await (await manager.get(base)).json();
    expect(list.items.map((s: Json) => s.title)).toEqual(["Opening keynote", "Closing panel"]);
    expect(
      (await manager.request("POST", base, { title: "x", startsAt: "2026-06-01T09:00:00Z", format: "talk" })).status,
    ).toBe(403);
    const lead = await api.as("lead@example.org");
    expect((await lead.request("PATCH", `/api/sessions/${early.id}`, { title: "x", version: 1 })).status).toBe(403);

    const renamed = await events.request("PATCH", `/api/sessions/${early.id}`, { title: "Welcome", version: 1 });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ title: "Welcome", format: "keynote", version: 2 });
    expect((await events.request("PATCH", `/api/sessions/${early.id}`, { title: "Stale", version: 1 })).status).toBe(
      409,
    );
    expect((await events.request("DELETE", `/api/sessions/${early.id}`)).status).toBe(204);
    expect((await events.get(`/api/sessions/${early.id}`)).status).toBe(404);
  });

  it("refuses a bad session with field errors, and a work item that is not an event", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference" });
    const response = await events.request("POST", `/api/work-items/${conference.id}/sessions`, {
      title: "x".repeat(201),
      startsAt: "2026-06-01T09:00:00",
      format: "lecture",
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(paths(await response.json())).toEqual(["format", "startsAt", "title"]);

    const admin = await api.as("admin@example.org");
    const study = await createItem(admin, { kind: "research" });
    expect((await admin.get(`/api/work-items/${study.id}/sessions`)).status).toBe(404);
    expect((await admin.get(`/api/work-items/${study.id}/agenda-target`)).status).toBe(404);
  });
});

describe("patient voice on the agenda", () => {
  it("turns met when a patient speaker is confirmed, and explains why not before", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference", title: "Carers' conference" });
    const target = async () => (await events.get(`/api/work-items/${conference.id}/agenda-target`)).json();
    expect(await target()).toEqual({ met: false, reason: "no patient voice yet", speakers: [] });

    const panel = await post(events, `/api/work-items/${conference.id}/sessions`, {
      title: "Panel: respite that works",
      startsAt: "2026-06-01T10:00:00Z",
      format: "panel",
    });
    const clinician = await post(events, "/api/people", person("Dr Oona Fairweather", ["clinician"]));
    const carer = await post(events, "/api/people", person("Jonah Pellow", ["carer"]));
    await post(events, "/api/involvements", {
      workItemId: conference.id,
      personId: clinician.id,
      role: "panellist",
      status: "confirmed",
      sessionId: panel.id,
      ...brief,
    });
    const carerInvolvement = await post(events, "/api/involvements", {
      workItemId: conference.id,
      personId: carer.id,
      role: "chair",
      sessionId: panel.id,
    });
    const before = await target();
    expect(before).toMatchObject({ met: false, reason: "only invited, none confirmed" });
    expect(before.speakers.map((s: Json) => s.name)).toEqual(["Dr Oona Fairweather"]);

    const list = async () =>
      (await (await events.get("/api/work-items?agendaTarget=not_met&pageSize=100")).json()).items.map(
        (i: Json) => i.id,
      );
    expect(await list()).toContain(conference.id);

    const confirmed = await events.request("PATCH", `/api/involvements/${carerInvolvement.id}`, {
      status: "confirmed",
      ...brief,
      version: carerInvolvement.version,
    });
    expect(confirmed.status).toBe(200);
    const after = await target();
    expect(after.met).toBe(true);
    expect(after.speakers).toContainEqual(
      expect.objectContaining({
        name: "Jonah Pellow",
        role: "chair",
        status: "confirmed",
        sessionTitle: "Panel: respite that works",
        patientVoice: true,
      }),
    );
    expect(await list()).not.toContain(conference.id);
    const item = await (await events.get(`/api/work-items/${conference.id}`)).json();
    expect(item.agendaTargetMet).toBe(true);
  });

  it("refuses a session from another event for an involvement (422 at sessionId)", async () => {
    const events = await api.as("events@example.org");
    const one = await createItem(events, { kind: "conference" });
    const other = await createItem(events, { kind: "event" });
    const session = await post(events, `/api/work-items/${other.id}/sessions`, {
      title: "Elsewhere",
      startsAt: "2026-06-01T10:00:00Z",
      format: "talk",
    });
    const someone = await post(events, "/api/people", person("Wren Tallis", ["patient"]));
    const response = await events.request("POST", "/api/involvements", {
      workItemId: one.id,
      personId: someone.id,
      role: "presenter",
      sessionId: session.id,
    });
    expect(response.status).toBe(422);
    expect(paths(await response.json())).toEqual(["sessionId"]);
  });

  it("lists events not meeting the target upcoming first", async () => {
    const events = await api.as("events@example.org");
    const page = await (await events.get("/api/work-items?agendaTarget=not_met&sort=upcoming&pageSize=100")).json();
    const items = page.items as { kind: string; startDate: string; agendaTargetMet: boolean }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => ["conference", "event"].includes(i.kind) && i.agendaTargetMet === false)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = items.filter((i) => i.startDate >= today).map((i) => i.startDate);
    const past = items.filter((i) => i.startDate < today).map((i) => i.startDate);
    expect(items.map((i) => i.startDate)).toEqual([...upcoming, ...past]);
    expect(upcoming).toEqual([...upcoming].sort());
    expect(past).toEqual([...past].sort().reverse());
  });
});

describe("event details", () => {
  it("records bursary places, budget and speaker advice with versions", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference" });
    const path = `/api/work-items/${conference.id}/event-details`;
    expect(await (await events.get(path)).json()).toMatchObject({ bursaryPlaces: 0, adviceSought: null, version: 0 });
    const body = {
      bursaryPlaces: 10,
      bursaryBudgetPence: 500000,
      adviceSought: true,
      adviceOutcome: "Two speakers changed.",
      version: 0,
    };
    const saved = await events.request("PUT", path, body);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ...body, version: 1 });
    expect((await events.request("PUT", path, { ...body, version: 0 })).status).toBe(409);
    const bad = await events.request("PUT", path, { ...body, bursaryPlaces: -1, version: 1 });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["bursaryPlaces"]);
    const manager = await api.as("manager@example.org");
    expect((await manager.request("PUT", path, { ...body, version: 1 })).status).toBe(403);
  });
});

describe("named publicly", () => {
  it("names on the agenda for publication only speakers who consented; others are 'Patient speaker'", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference", title: "Living with kidney disease" });
    const panel = await post(events, `/api/work-items/${conference.id}/sessions`, {
      title: "Panel: dialysis at home",
      startsAt: "2026-06-01T10:00:00Z",
      format: "panel",
    });
    const named = await post(events, "/api/people", {
      ...person("Marisol Ferreira-Quaid", ["patient"]),
      consents: { namedPublicly: { givenOn: "2026-01-10" } },
    });
    const neverAsked = await post(events, "/api/people", person("Tobiah Wrenfield", ["carer"]));
    const withdrew = await post(events, "/api/people", {
      ...person("Ysolde Marchbank", ["clinician"]),
      consents: { namedPublicly: { givenOn: "2026-01-10", withdrawnOn: "2026-02-01" } },
    });
    const speak = (who: Json, role: string, sessionId: string | null) =>
      post(events, "/api/involvements", {
        workItemId: conference.id,
        personId: who.id,
        role,
        status: "confirmed",
        sessionId,
        ...brief,
      });
    const namedChair = await speak(named, "chair", panel.id);
    const unnamedPanellist = await speak(neverAsked, "panellist", panel.id);
    const withdrawnPresenter = await speak(withdrew, "presenter", null);

    const manager = await api.as("manager@example.org");
    const response = await manager.get(`/api/work-items/${conference.id}/public-agenda`);
    expect(response.status).toBe(200);
    const text = await response.text();
    // The names of those who did not consent are not in the response at all, nor are person ids.
    expect(text).toContain("Marisol Ferreira-Quaid");
    for (const absent of ["Tobiah Wrenfield", "Ysolde Marchbank", neverAsked.id, withdrew.id, named.id])
      expect(text).not.toContain(absent);

    const agenda = JSON.parse(text);
    expect(agenda).toMatchObject({ met: true, reason: "patient voice on the agenda" });
    expect(agenda.sessions).toEqual([
      { id: panel.id, title: "Panel: dialysis at home", startsAt: "2026-06-01T10:00:00.000Z", format: "panel" },
    ]);
    expect(agenda.speakers).toEqual([
      {
        involvementId: namedChair.id,
        sessionId: panel.id,
        role: "chair",
        status: "confirmed",
        patientVoice: true,
        namedPublicly: true,
        publicName: "Marisol Ferreira-Quaid",
      },
      {
        involvementId: unnamedPanellist.id,
        sessionId: panel.id,
        role: "panellist",
        status: "confirmed",
        patientVoice: true,
        namedPublicly: false,
        publicName: "Patient speaker",
      },
      {
        involvementId: withdrawnPresenter.id,
        sessionId: null,
        role: "presenter",
        status: "confirmed",
        patientVoice: false,
        namedPublicly: false,
        publicName: "Patient speaker",
      },
    ]);

    // Staff's own view of the target keeps the name on record, and says what the agenda shows.
    const target = await (await events.get(`/api/work-items/${conference.id}/agenda-target`)).json();
    expect(target.speakers).toContainEqual(
      expect.objectContaining({ name: "Tobiah Wrenfield", namedPublicly: false, publicName: "Patient speaker" }),
    );
    expect(target.speakers).toContainEqual(
      expect.objectContaining({
        name: "Marisol Ferreira-Quaid",
        namedPublicly: true,
        publicName: "Marisol Ferreira-Quaid",
      }),
    );
  });

  it("stops naming someone once their consent is cleared, as erasure clears it", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "event" });
    const someone = await post(events, "/api/people", {
      ...person("Peregrine Oduya", ["service_user"]),
      consents: { namedPublicly: { givenOn: "2026-01-10" } },
    });
    await post(events, "/api/involvements", {
      workItemId: conference.id,
      personId: someone.id,
      role: "facilitator",
      status: "took_part",
      ...brief,
    });
    const publicAgenda = async () => (await events.get(`/api/work-items/${conference.id}/public-agenda`)).text();
    expect(await publicAgenda()).toContain("Peregrine Oduya");

    const admin = await api.as("admin@example.org");
    const cleared = await admin.request("PATCH", `/api/people/${someone.id}`, {
      consents: { namedPublicly: null },
      version: someone.version,
    });
    expect(cleared.status).toBe(200);
    const text = await publicAgenda();
    expect(text).not.toContain("Peregrine Oduya");
    expect(JSON.parse(text).speakers).toEqual([
      expect.objectContaining({ role: "facilitator", namedPublicly: false, publicName: "Patient speaker" }),
    ]);
  });

  it("is only for conferences and events, and only for those signed in", async () => {
    const admin = await api.as("admin@example.org");
    const study = await createItem(admin, { kind: "research" });
    expect((await admin.get(`/api/work-items/${study.id}/public-agenda`)).status).toBe(404);
    const conference = await createItem(admin, { kind: "conference" });
    expect((await api.anonymous.get(`/api/work-items/${conference.id}/public-agenda`)).status).toBe(401);
  });
});
