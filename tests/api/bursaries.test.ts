import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem, paths } from "./helpers";

const api = setupApi();

type Json = Record<string, unknown> & { id: string; version: number; status: string };

async function post(client: Client, path: string, body: unknown): Promise<Json> {
  const response = await client.request("POST", path, body);
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function move(client: Client, bursary: Json, status: string, extra: Record<string, unknown> = {}) {
  const response = await client.request("PATCH", `/api/bursaries/${bursary.id}`, {
    status,
    version: bursary.version,
    ...extra,
  });
  if (response.status !== 200) throw new Error(`move to ${status}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Json;
}

describe("bursaries", () => {
  it("moves through applied → offered → accepted → attended, dating each change", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference" });
    const carer = await post(events, "/api/people", { name: "Hollis Verran", perspectives: ["carer"] });
    let bursary = await post(events, "/api/bursaries", {
      workItemId: conference.id,
      personId: carer.id,
      travelPence: 4550,
      statusOn: "2026-04-01",
    });
    expect(bursary).toMatchObject({ status: "applied", statusHistory: [{ status: "applied", on: "2026-04-01" }] });
    bursary = await move(events, bursary, "offered", { statusOn: "2026-04-10" });
    bursary = await move(events, bursary, "accepted", { statusOn: "2026-04-12" });
    bursary = await move(events, bursary, "attended", { statusOn: "2026-05-01", claimedOn: "2026-05-03" });
    expect(bursary).toMatchObject({
      status: "attended",
      claimedOn: "2026-05-03",
      totalPence: 4550,
      statusHistory: [
        { status: "applied", on: "2026-04-01" },
        { status: "offered", on: "2026-04-10" },
        { status: "accepted", on: "2026-04-12" },
        { status: "attended", on: "2026-05-01" },
      ],
    });
    const listed = await (await events.get(`/api/bursaries?workItemId=${conference.id}&status=attended`)).json();
    expect(listed.items.map((b: Json) => b.id)).toEqual([bursary.id]);
  });

  it("refuses a jump (422 at status), a person without patient voice (422 at personId), and other roles (403)", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "event" });
    const patient = await post(events, "/api/people", { name: "Iona Carrick", perspectives: ["patient"] });
    const clinician = await post(events, "/api/people", { name: "Dr Jago Penrose", perspectives: ["clinician"] });
    const bursary = await post(events, "/api/bursaries", { workItemId: conference.id, personId: patient.id });
    const jump = await events.request("PATCH", `/api/bursaries/${bursary.id}`, { status: "attended", version: 1 });
    expect(jump.status).toBe(422);
    expect(paths(await jump.json())).toEqual(["status"]);

    const wrongPerson = await events.request("POST", "/api/bursaries", {
      workItemId: conference.id,
      personId: clinician.id,
    });
    expect(wrongPerson.status).toBe(422);
    expect(paths(await wrongPerson.json())).toEqual(["personId"]);
    const negative = await events.request("POST", "/api/bursaries", {
      workItemId: conference.id,
      personId: patient.id,
      carePence: -1,
    });
    expect(paths(await negative.json())).toEqual(["carePence"]);

    const lead = await api.as("lead@example.org");
    expect(
      (await lead.request("POST", "/api/bursaries", { workItemId: conference.id, personId: patient.id })).status,
    ).toBe(403);
    const manager = await api.as("manager@example.org");
    expect(
      (await manager.request("PATCH", `/api/bursaries/${bursary.id}`, { status: "offered", version: 1 })).status,
    ).toBe(403);
    expect((await manager.get(`/api/bursaries/${bursary.id}`)).status).toBe(200);
  });

  it("shows the funnel, places used and spend, with warnings over places and budget", async () => {
    const events = await api.as("events@example.org");
    const conference = await createItem(events, { kind: "conference" });
    await events.request("PUT", `/api/work-items/${conference.id}/event-details`, {
      bursaryPlaces: 2,
      bursaryBudgetPence: 20000,
      adviceSought: null,
      adviceOutcome: "",
      version: 0,
    });
    const summary = async () => (await events.get(`/api/work-items/${conference.id}/bursary-summary`)).json();
    const newBursary = async (name: string, costs: Record<string, number>) => {
      const person = await post(events, "/api/people", { name, perspectives: ["service_user"] });
      return post(events, "/api/bursaries", { workItemId: conference.id, personId: person.id, ...costs });
    };
    const a = await newBursary("Kit Lanyon", { ticketValuePence: 5000, travelPence: 3000 });
    const b = await newBursary("Lowen Tregear", { travelPence: 6000 });
    const c = await newBursary("Morwenna Hext", { accommodationPence: 9000 });
    await newBursary("Nance Polglase", { travelPence: 100000 });
    expect(await summary()).toMatchObject({
      places: 2,
      placesUsed: 0,
      spendPence: 0,
      funnel: { applied: 4, offered: 0, accepted: 0, attended: 0 },
      warnings: [],
    });

    const aOffered = await move(events, a, "offered");
    const aAccepted = await move(events, aOffered, "accepted");
    await move(events, aAccepted, "attended");
    await move(events, await move(events, b, "offered"), "declined");
    await move(events, c, "offered");
    const afterTwo = await summary();
    expect(afterTwo).toMatchObject({
      placesUsed: 2,
      spendPence: 17000,
      funnel: { applied: 4, offered: 3, accepted: 1, attended: 1 },
      warnings: [],
    });

    const d = (await (await events.get(`/api/bursaries?workItemId=${conference.id}&status=applied`)).json()).items[0];
    await move(events, d, "offered");
    const over = await summary();
    expect(over.placesUsed).toBe(3);
    expect(over.spendPence).toBe(117000);
    expect(over.warnings).toEqual([
      "Offers exceed places: 3 places offered or taken, against 2 available.",
      "Spend exceeds budget: £1,170.00 against a budget of £200.00.",
    ]);
  });
});
