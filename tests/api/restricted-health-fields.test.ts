import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/shared/csv";
import { placeHoldingStatuses } from "../../src/shared/schemas/bursaries";
import { type Client, setupApi } from "../setup/api";
import { createItem } from "./helpers";

/**
 * Issue 14: lived experience, access needs, an involvement's support and a bursary's care costs are
 * special-category health data tied to a name. Managers get none of it (not in reads, lists,
 * searches, filters or exports); admin, lead and events keep it; counts by lived experience stay
 * available to everyone in aggregate.
 */
const api = setupApi();

// Values found nowhere else in the demo data, so a check for them anywhere in a response is exact.
const tag = "Qxv restricted condition";
const tagWord = "qxv";
const accessNeeds = "Needs a hearing loop zqj";
const carePence = 1_234_567; // £12345.67
const travelPence = 4_321;
const totalPence = carePence + travelPence; // £12388.88

type Json = Record<string, unknown> & { id: string };

async function post(client: Client, path: string, body: unknown): Promise<Json> {
  const response = await client.request("POST", path, body);
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function csv(client: Client, path: string) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  const text = await response.text();
  return { text, rows: parseCsv(text.replace(/^\uFEFF/, "")) };
}

/** A carer with lived experience and access needs, involved with support in a conference, with a bursary that pays for care. */
async function makeFixture() {
  const events = await api.as("events@example.org");
  const person = await post(events, "/api/people", {
    name: "Marisol Tregarthen",
    email: "marisol.tregarthen@example.net",
    perspectives: ["carer"],
    livedExperience: [tag, "HIV"],
    accessNeeds,
  });
  const conference = await createItem(events, { kind: "conference", title: "Restricted fields conference" });
  const involvement = await post(events, "/api/involvements", {
    workItemId: conference.id,
    personId: person.id,
    role: "presenter",
    support: ["accessibility_adjustments", "care_costs"],
  });
  const bursary = await post(events, "/api/bursaries", {
    workItemId: conference.id,
    personId: person.id,
    travelPence,
    carePence,
  });
  return { person, conference, involvement, bursary };
}

let made: ReturnType<typeof makeFixture> | undefined;
/** Made once for the file: every test reads the same records (and the tag has exactly one person). */
const fixture = () => {
  made ??= makeFixture();
  return made;
};

const healthKeys = ["livedExperience", "accessNeeds"];
const leaks = [tag, accessNeeds];

describe("restricted health fields: a manager sees none, admin, lead and events see all", () => {
  it("leaves lived experience and access needs out of a manager's person read and people list", async () => {
    const { person } = await fixture();
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");

    const adminRead = await (await admin.get(`/api/people/${person.id}`)).json();
    expect(adminRead).toMatchObject({ livedExperience: [tag, "HIV"], accessNeeds });
    const managerResponse = await manager.get(`/api/people/${person.id}`);
    expect(managerResponse.status).toBe(200);
    const managerText = await managerResponse.text();
    const managerRead = JSON.parse(managerText);
    expect(managerRead.name).toBe("Marisol Tregarthen");
    for (const key of [...healthKeys, "email", "phone"]) expect(managerRead).not.toHaveProperty(key);
    for (const value of leaks) expect(managerText).not.toContain(value);

    const adminList = await (await admin.get("/api/people?perspective=carer&pageSize=100")).json();
    expect(adminList.items.find((p: Json) => p.id === person.id)).toMatchObject({ livedExperience: [tag, "HIV"] });
    const managerListText = await (await manager.get("/api/people?perspective=carer&pageSize=100")).text();
    const managerList = JSON.parse(managerListText);
    expect(managerList.items.map((p: Json) => p.id)).toContain(person.id);
    for (const item of managerList.items) for (const key of healthKeys) expect(item).not.toHaveProperty(key);
    for (const value of leaks) expect(managerListText).not.toContain(value);
  });

  it("matches a lived-experience word in admin's search, never in a manager's", async () => {
    const { person } = await fixture();
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");

    const adminFound = await (await admin.get(`/api/people?search=${tagWord}`)).json();
    expect(adminFound.items.map((p: Json) => p.id)).toEqual([person.id]);
    expect(adminFound.items[0].livedExperience).toContain(tag);
    const managerFound = await (await manager.get(`/api/people?search=${tagWord}`)).json();
    expect(managerFound.total).toBe(0);

    // A tag from the demo data, as admin finds it in use: admin's search finds people by it, with the field.
    const { items: tags } = await (await admin.get("/api/lived-experience-tags")).json();
    const demoTag = (tags as string[]).find((t) => t === "HIV") as string;
    expect(demoTag).toBe("HIV");
    const adminByTag = await (await admin.get(`/api/people?search=${demoTag}&pageSize=100`)).json();
    expect(adminByTag.total).toBeGreaterThan(1);
    for (const item of adminByTag.items)
      expect([item.name, item.email, item.phone, ...item.livedExperience].join(" ")).toMatch(/hiv/i);
    const managerByTag = await (await manager.get(`/api/people?search=${demoTag}&pageSize=100`)).json();
    // A manager's search matches names only: whoever it finds is found by name, and shown without the field.
    for (const item of managerByTag.items) {
      expect(item.name).toMatch(/hiv/i);
      for (const key of healthKeys) expect(item).not.toHaveProperty(key);
    }
    expect(managerByTag.total).toBeLessThan(adminByTag.total);
  });

  it("refuses a manager's filter by lived experience with 403 at the field, in the list and the export", async () => {
    await fixture();
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    for (const path of [
      `/api/people?livedExperience=${encodeURIComponent(tag)}`,
      `/api/export/people.csv?livedExperience=${encodeURIComponent(tag)}`,
    ]) {
      const refused = await manager.get(path);
      expect(refused.status, path).toBe(403);
      expect(refused.headers.get("content-type")).toMatch(/problem\+json/);
      const problem = await refused.json();
      expect(problem.detail).toMatch(/Your role sees lived experience only in aggregate/);
      expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(["livedExperience"]);
      expect(JSON.stringify(problem)).not.toContain("Marisol");
      expect((await admin.get(path)).status, path).toBe(200);
    }
    // An empty filter is no filter, for a manager too.
    expect((await manager.get("/api/people?livedExperience=")).status).toBe(200);
  });

  it("leaves support out of a manager's involvements; care costs and the total out of a manager's bursaries", async () => {
    const { involvement, bursary, conference } = await fixture();
    const admin = await api.as("admin@example.org");
    const lead = await api.as("lead@example.org");
    const events = await api.as("events@example.org");
    const manager = await api.as("manager@example.org");

    for (const client of [admin, lead, events]) {
      expect(await (await client.get(`/api/involvements/${involvement.id}`)).json()).toMatchObject({
        support: ["accessibility_adjustments", "care_costs"],
      });
      expect(await (await client.get(`/api/bursaries/${bursary.id}`)).json()).toMatchObject({ carePence, totalPence });
    }
    const involvementRead = await (await manager.get(`/api/involvements/${involvement.id}`)).json();
    expect(involvementRead).toMatchObject({ id: involvement.id, role: "presenter" });
    expect(involvementRead).not.toHaveProperty("support");
    const involvementList = await (await manager.get(`/api/involvements?workItemId=${conference.id}`)).json();
    expect(involvementList.total).toBe(1);
    for (const item of involvementList.items) expect(item).not.toHaveProperty("support");

    const bursaryRead = await (await manager.get(`/api/bursaries/${bursary.id}`)).json();
    expect(bursaryRead).toMatchObject({ id: bursary.id, travelPence, ticketValuePence: 0, accommodationPence: 0 });
    expect(bursaryRead).not.toHaveProperty("carePence");
    expect(bursaryRead).not.toHaveProperty("totalPence");
    const bursaryListText = await (await manager.get(`/api/bursaries?workItemId=${conference.id}`)).text();
    const bursaryList = JSON.parse(bursaryListText);
    expect(bursaryList.total).toBe(1);
    for (const item of bursaryList.items) {
      expect(item).not.toHaveProperty("carePence");
      expect(item).not.toHaveProperty("totalPence");
    }
    expect(bursaryListText).not.toContain(String(carePence));
    expect(bursaryListText).not.toContain(String(totalPence));
  });

  it("gives a manager an event's bursary spend without care costs, so no one's care can be worked out", async () => {
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    type Bursary = { workItemId: string; status: string; carePence: number };
    const all: Bursary[] = (await (await admin.get("/api/bursaries?pageSize=100")).json()).items;
    const holding = all.filter((b) => placeHoldingStatuses.includes(b.status as never) && b.carePence > 0);
    const event = holding[0]?.workItemId;
    if (!event) throw new Error("the demo data has no place-holding bursary with care costs");
    const ofEvent: Bursary[] = (await (await admin.get(`/api/bursaries?workItemId=${event}&pageSize=100`)).json())
      .items;
    const care = ofEvent
      .filter((b) => placeHoldingStatuses.includes(b.status as never))
      .reduce((sum, b) => sum + b.carePence, 0);
    const full = await (await admin.get(`/api/work-items/${event}/bursary-summary`)).json();
    const managers = await (await manager.get(`/api/work-items/${event}/bursary-summary`)).json();
    expect(full.spendIncludesCare).toBe(true);
    expect(managers.spendIncludesCare).toBe(false);
    expect(managers.spendPence).toBe(full.spendPence - care);
    expect(JSON.stringify(managers.warnings)).not.toContain(String(full.spendPence / 100));
  });

  it("leaves the columns and their values out of a manager's people.csv, involvements.csv and bursaries.csv", async () => {
    const { conference } = await fixture();
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const people = "/api/export/people.csv?search=Tregarthen";
    const involvements = `/api/export/involvements.csv?workItemId=${conference.id}`;
    const bursaries = `/api/export/bursaries.csv?workItemId=${conference.id}`;

    const adminPeople = await csv(admin, people);
    expect(adminPeople.rows[0]).toEqual(expect.arrayContaining(["Lived experience", "Access needs"]));
    for (const value of leaks) expect(adminPeople.text).toContain(value);
    const managerPeople = await csv(manager, people);
    expect(managerPeople.rows.length).toBe(adminPeople.rows.length);
    expect(managerPeople.rows.length).toBeGreaterThan(1);
    expect(managerPeople.rows[0]).not.toContain("Lived experience");
    expect(managerPeople.rows[0]).not.toContain("Access needs");
    for (const value of [...leaks, "HIV"]) expect(managerPeople.text).not.toContain(value);

    const adminInvolvements = await csv(admin, involvements);
    expect(adminInvolvements.rows[0]).toContain("Support");
    expect(adminInvolvements.text).toContain("accessibility_adjustments; care_costs");
    const managerInvolvements = await csv(manager, involvements);
    expect(managerInvolvements.rows.length).toBe(2);
    expect(managerInvolvements.rows[0]).not.toContain("Support");
    for (const value of ["accessibility_adjustments", "care_costs"])
      expect(managerInvolvements.text).not.toContain(value);
    // Every row has as many cells as the header: no column is left half out.
    for (const row of managerInvolvements.rows) expect(row.length).toBe(managerInvolvements.rows[0]?.length);

    const adminBursaries = await csv(admin, bursaries);
    expect(adminBursaries.rows[0]).toEqual(expect.arrayContaining(["Care (£)", "Total (£)"]));
    expect(adminBursaries.text).toContain("12345.67");
    expect(adminBursaries.text).toContain("12388.88");
    const managerBursaries = await csv(manager, bursaries);
    expect(managerBursaries.rows.length).toBe(2);
    expect(managerBursaries.rows[0]).not.toContain("Care (£)");
    expect(managerBursaries.rows[0]).not.toContain("Total (£)");
    expect(managerBursaries.rows[0]).toContain("Travel (£)");
    expect(managerBursaries.text).toContain("43.21");
    for (const value of ["12345.67", "12388.88"]) expect(managerBursaries.text).not.toContain(value);
    for (const row of managerBursaries.rows) expect(row.length).toBe(managerBursaries.rows[0]?.length);
  });

  it("keeps counts by lived experience for everyone, small counts suppressed and the rest rounded", async () => {
    await fixture();
    const admin = await api.as("admin@example.org");
    const manager = await api.as("manager@example.org");
    const adminTags = await (await admin.get("/api/lived-experience-tags")).json();
    const response = await manager.get("/api/lived-experience-tags");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(adminTags);
    expect(body).toMatchObject({ threshold: 5, roundingBase: 5, rounded: true });
    expect(body.items).toContain(tag);
    expect(body.counts.map((c: { tag: string }) => c.tag)).toEqual(body.items);
    // One person has the new tag: a count of 1 is never shown.
    expect(body.counts.find((c: { tag: string }) => c.tag === tag)).toEqual({ tag, people: null, suppressed: true });
    const hiv = body.counts.find((c: { tag: string }) => c.tag === "HIV");
    expect(hiv.suppressed).toBe(false);
    expect(hiv.people % 5).toBe(0);
    const exact = (await (await admin.get("/api/people?livedExperience=HIV&pageSize=1")).json()).total;
    expect(exact).toBeGreaterThanOrEqual(5);
    expect(Math.abs(hiv.people - exact)).toBeLessThanOrEqual(2);
    for (const count of body.counts) {
      if (count.suppressed) expect(count.people).toBeNull();
      else expect(count.people === 0 || count.people >= 5).toBe(true);
    }
  });
});
