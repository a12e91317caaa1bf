import { describe, expect, it } from "vitest";
import { type Client, setupApi } from "../setup/api";
import { createItem, createPerson, paths } from "./helpers";

const api = setupApi({ clock: () => new Date("2026-11-28T12:00:00Z") });

type Rate = { id: string; version: number; activity: string; amountPence: number; effectiveFrom: string };

async function addRate(admin: Client, rate: Record<string, unknown>): Promise<Rate> {
  const response = await admin.request("POST", "/api/rate-cards", rate);
  if (response.status !== 201) throw new Error(`rate: ${response.status} ${await response.text()}`);
  return response.json();
}

const suggest = (client: Client, activity: string, quantity: string, on: string) =>
  client.get(`/api/rate-cards/suggest?${new URLSearchParams({ activity, quantity, on })}`);

const newPerson = (client: Client) => createPerson(client, { name: "Tamsin Rowleigh", perspectives: ["carer"] });

describe("rate cards", () => {
  it("admin adds, reads, lists and changes a rate; a stale version is 409; the change is audited", async () => {
    const admin = await api.as("admin@example.org");
    const created = await addRate(admin, {
      activity: "Focus group (test)",
      unit: "session",
      amountPence: 6_000,
      effectiveFrom: "2026-04-01",
    });
    expect(created).toMatchObject({ activity: "Focus group (test)", unit: "session", amountPence: 6_000, version: 1 });
    expect(await (await admin.get(`/api/rate-cards/${created.id}`)).json()).toMatchObject({ id: created.id });

    await addRate(admin, {
      activity: "Focus group (test)",
      unit: "session",
      amountPence: 6_500,
      effectiveFrom: "2026-10-01",
    });
    const list = await (await admin.get(`/api/rate-cards?activity=${encodeURIComponent("Focus group (test)")}`)).json();
    expect(list.items.map((rate: Rate) => rate.effectiveFrom)).toEqual(["2026-10-01", "2026-04-01"]);

    const changed = await admin.request("PATCH", `/api/rate-cards/${created.id}`, { amountPence: 6_200, version: 1 });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ amountPence: 6_200, version: 2 });
    const stale = await admin.request("PATCH", `/api/rate-cards/${created.id}`, { amountPence: 1, version: 1 });
    expect(stale.status).toBe(409);

    const audit = await (await admin.get(`/api/audit?recordId=${created.id}`)).json();
    expect(audit.items.map((entry: { action: string }) => entry.action).sort()).toEqual(["create", "update"]);
  });

  it("refuses a second rate for the same activity and date (422 at effectiveFrom), and bad input", async () => {
    const admin = await api.as("admin@example.org");
    const rate = { activity: "Panel (test)", unit: "session", amountPence: 4_000, effectiveFrom: "2026-04-01" };
    const first = await addRate(admin, rate);
    const again = await admin.request("POST", "/api/rate-cards", { ...rate, amountPence: 4_500 });
    expect(again.status).toBe(422);
    expect(paths(await again.json())).toEqual(["effectiveFrom"]);
    const later = await addRate(admin, { ...rate, effectiveFrom: "2026-06-01" });
    const moved = await admin.request("PATCH", `/api/rate-cards/${later.id}`, {
      effectiveFrom: "2026-04-01",
      version: 1,
    });
    expect(moved.status).toBe(422);
    expect(paths(await moved.json())).toEqual(["effectiveFrom"]);
    // Saving a rate unchanged is not a clash with itself.
    expect((await admin.request("PATCH", `/api/rate-cards/${first.id}`, { version: 1 })).status).toBe(200);

    const bad = await admin.request("POST", "/api/rate-cards", {
      activity: " ",
      unit: "week",
      amountPence: -1,
      effectiveFrom: "2026-02-30",
    });
    expect(bad.status).toBe(422);
    expect(paths(await bad.json())).toEqual(["activity", "amountPence", "effectiveFrom", "unit"]);
  });

  it("lets everyone read rates but only admin change them (403 for lead, events and manager)", async () => {
    const admin = await api.as("admin@example.org");
    const rate = await addRate(admin, {
      activity: "Workshop (test)",
      unit: "day",
      amountPence: 12_000,
      effectiveFrom: "2026-04-01",
    });
    for (const email of ["lead@example.org", "events@example.org", "manager@example.org"]) {
      const client = await api.as(email);
      expect((await client.get("/api/rate-cards")).status, email).toBe(200);
      const post = await client.request("POST", "/api/rate-cards", {
        activity: "Workshop (test)",
        unit: "day",
        amountPence: 1,
        effectiveFrom: "2026-05-01",
      });
      expect(post.status, email).toBe(403);
      const patch = await client.request("PATCH", `/api/rate-cards/${rate.id}`, { amountPence: 1, version: 1 });
      expect(patch.status, email).toBe(403);
    }
    expect((await admin.get(`/api/rate-cards/${rate.id}`)).status).toBe(200);
    expect((await (await admin.get(`/api/rate-cards/${rate.id}`)).json()).amountPence).toBe(12_000);
  });

  it("suggests from the rate in force on the date: a rise dated next month leaves this month unchanged", async () => {
    const admin = await api.as("admin@example.org");
    const lead = await api.as("lead@example.org");
    const current = await addRate(admin, {
      activity: "Interview (test)",
      unit: "hour",
      amountPence: 2_000,
      effectiveFrom: "2026-04-01",
    });
    const before = await suggest(lead, "Interview (test)", "1.5", "2026-11-28");
    expect(before.status).toBe(200);
    expect(await before.json()).toEqual({ amountPence: 3_000, rateCardId: current.id });

    const rise = await addRate(admin, {
      activity: "Interview (test)",
      unit: "hour",
      amountPence: 2_250,
      effectiveFrom: "2026-12-01",
    });
    expect(await (await suggest(lead, "Interview (test)", "1.5", "2026-11-28")).json()).toEqual({
      amountPence: 3_000,
      rateCardId: current.id,
    });
    expect(await (await suggest(lead, "Interview (test)", "1.5", "2026-12-01")).json()).toEqual({
      amountPence: 3_375,
      rateCardId: rise.id,
    });
    // Rounded to whole pence.
    expect((await (await suggest(lead, "Interview (test)", "0.333", "2026-12-01")).json()).amountPence).toBe(749);

    const none = await suggest(lead, "Interview (test)", "1", "2026-03-31");
    expect(none.status).toBe(404);
    expect(none.headers.get("content-type")).toContain("application/problem+json");
    expect((await suggest(lead, "Nothing like it (test)", "1", "2026-11-28")).status).toBe(404);

    for (const quantity of ["0", "-2", "lots", ""]) {
      const bad = await suggest(lead, "Interview (test)", quantity, "2026-11-28");
      expect(bad.status, quantity).toBe(422);
      expect(paths(await bad.json()), quantity).toEqual(["quantity"]);
    }
    const badDate = await suggest(lead, "Interview (test)", "1", "2026-02-30");
    expect(badDate.status).toBe(422);
    expect(paths(await badDate.json())).toEqual(["on"]);
  });
});

describe("an involvement's fee against the rate card", () => {
  it("needs a reason when the fee differs from the suggestion (422 at feeReason); accepts it with one", async () => {
    const admin = await api.as("admin@example.org");
    await addRate(admin, {
      activity: "Advisory meeting (test)",
      unit: "session",
      amountPence: 5_000,
      effectiveFrom: "2026-01-01",
    });
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const person = await newPerson(lead);
    const base = {
      workItemId: item.id,
      personId: person.id,
      role: "advisory_group",
      startDate: "2026-05-01",
      rateActivity: "Advisory meeting (test)",
      quantity: 2,
      paymentStatus: "due",
    };

    const differs = await lead.request("POST", "/api/involvements", { ...base, feePence: 12_000 });
    expect(differs.status).toBe(422);
    const problem = await differs.json();
    expect(paths(problem)).toEqual(["feeReason"]);
    expect(problem.errors[0].message).toContain("£100.00");

    const asSuggested = await lead.request("POST", "/api/involvements", { ...base, feePence: 10_000 });
    expect(asSuggested.status).toBe(201);
    expect(await asSuggested.json()).toMatchObject({
      rateActivity: "Advisory meeting (test)",
      quantity: 2,
      feeReason: "",
    });

    const withReason = await lead.request("POST", "/api/involvements", {
      ...base,
      feePence: 12_000,
      feeReason: "Also chaired the meeting",
    });
    expect(withReason.status).toBe(201);
    const created = await withReason.json();
    expect(created).toMatchObject({ feePence: 12_000, feeReason: "Also chaired the meeting" });

    // A PATCH is checked against the record as it would stand: clearing the reason alone is refused.
    const cleared = await lead.request("PATCH", `/api/involvements/${created.id}`, { feeReason: "", version: 1 });
    expect(cleared.status).toBe(422);
    expect(paths(await cleared.json())).toEqual(["feeReason"]);
    const matched = await lead.request("PATCH", `/api/involvements/${created.id}`, {
      feeReason: "",
      feePence: 10_000,
      version: 1,
    });
    expect(matched.status).toBe(200);

    // Someone who declined payment is not nudged, with or without a fee.
    const declined = await lead.request("POST", "/api/involvements", {
      ...base,
      feePence: null,
      paymentStatus: "declined",
    });
    expect(declined.status).toBe(201);

    const unknown = await lead.request("POST", "/api/involvements", {
      ...base,
      rateActivity: "No such activity (test)",
    });
    expect(unknown.status).toBe(422);
    expect(paths(await unknown.json())).toEqual(["rateActivity"]);
    const badQuantity = await lead.request("POST", "/api/involvements", { ...base, quantity: 0, feePence: 0 });
    expect(badQuantity.status).toBe(422);
    expect(paths(await badQuantity.json())).toEqual(["quantity"]);
  });

  it("a rate added since never turns an old involvement invalid: it can still be marked paid and edited", async () => {
    const admin = await api.as("admin@example.org");
    const activity = "Workshop session (old involvement test)";
    await addRate(admin, { activity, unit: "session", amountPence: 4_000, effectiveFrom: "2026-01-01" });
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const person = await newPerson(lead);
    const response = await lead.request("POST", "/api/involvements", {
      workItemId: item.id,
      personId: person.id,
      role: "advisory_group",
      startDate: "2026-05-01",
      rateActivity: activity,
      quantity: 2,
      feePence: 8_000,
      paymentStatus: "due",
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    // A rise dated before the involvement: its suggestion is now £100, not the £80 it was offered.
    await addRate(admin, { activity, unit: "session", amountPence: 5_000, effectiveFrom: "2026-03-01" });

    const paid = await lead.request("PATCH", `/api/involvements/${created.id}`, { paymentStatus: "paid", version: 1 });
    expect(paid.status, await paid.clone().text()).toBe(200);
    expect(await paid.json()).toMatchObject({ feePence: 8_000, paidOn: "2026-11-28" });
    const noted = await lead.request("PATCH", `/api/involvements/${created.id}`, {
      impact: "Changed the plan",
      version: 2,
    });
    expect(noted.status).toBe(200);
    // Changing the fee itself is checked against the rate now in force.
    const refeed = await lead.request("PATCH", `/api/involvements/${created.id}`, { feePence: 9_000, version: 3 });
    expect(refeed.status).toBe(422);
    expect(paths(await refeed.json())).toEqual(["feeReason"]);
  });

  it("sets paidOn to today when marked paid, keeps a date given, and clears it when no longer paid", async () => {
    const lead = await api.as("lead@example.org");
    const item = await createItem(lead, { kind: "research" });
    const person = await newPerson(lead);
    const response = await lead.request("POST", "/api/involvements", {
      workItemId: item.id,
      personId: person.id,
      role: "reviewer",
      feePence: 5_000,
      paymentStatus: "due",
    });
    const created = await response.json();
    expect(created.paidOn).toBeNull();

    const paid = await lead.request("PATCH", `/api/involvements/${created.id}`, { paymentStatus: "paid", version: 1 });
    expect(await paid.json()).toMatchObject({ paymentStatus: "paid", paidOn: "2026-11-28" });
    const dated = await lead.request("PATCH", `/api/involvements/${created.id}`, { paidOn: "2026-11-20", version: 2 });
    expect(await dated.json()).toMatchObject({ paidOn: "2026-11-20" });
    const feedbackOnly = await lead.request("PATCH", `/api/involvements/${created.id}`, {
      feedback: "Thanks",
      version: 3,
    });
    expect(await feedbackOnly.json()).toMatchObject({ paidOn: "2026-11-20" });
    const unpaid = await lead.request("PATCH", `/api/involvements/${created.id}`, { paymentStatus: "due", version: 4 });
    expect(await unpaid.json()).toMatchObject({ paymentStatus: "due", paidOn: null });
  });
});
