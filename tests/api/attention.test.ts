import { describe, expect, it } from "vitest";
import { addDays, attentionDates, attentionKeys, isNotToldBack, isUnpaid } from "../../src/shared/attention-rules";
import { calendarDate, ukDate } from "../../src/shared/calendar-date";
import type { Attention } from "../../src/shared/schemas/attention";
import { type Client, setupApi } from "../setup/api";
import { createItem, createPerson, directory } from "./helpers";

const api = setupApi();
const today = calendarDate(new Date());
const dates = attentionDates(today);

type Listed = { id: string; leadId?: string; status?: string; workItemId?: string | null };

/** Every page of a list, in its order. */
async function everything<T extends Listed>(client: Client, path: string): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const joiner = path.includes("?") ? "&" : "?";
    const response = await client.get(`${path}${joiner}page=${page}&pageSize=100`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: T[]; total: number };
    all.push(...body.items);
    if (all.length >= body.total || body.items.length === 0) return all;
  }
}

async function attentionOf(client: Client): Promise<Attention> {
  const response = await client.get("/api/attention");
  expect(response.status).toBe(200);
  return response.json();
}

const group = (body: Attention, key: string) => body.groups.find((g) => g.key === key);
const idsIn = (body: Attention, key: string) => group(body, key)?.items.map((item) => item.id) ?? [];

/** The lead's work items, as the work items list has them. */
async function myWork(client: Client) {
  const { me } = await directory(client);
  const items = await everything<Listed & { leadId: string; startDate: string; endDate: string | null }>(
    client,
    "/api/work-items",
  );
  const own = items.filter((item) => item.leadId === me.id);
  return { me, mine: new Set(own.map((item) => item.id)), dates: new Map(own.map((item) => [item.id, item])) };
}

describe("GET /api/attention", () => {
  it("lists for the lead exactly what each rule selects, checked against the lists' own filters", async () => {
    const lead = await api.as("lead@example.org");
    const body = await attentionOf(lead);
    const { me, mine, dates: workDates } = await myWork(lead);

    // The demo gives the lead something in every group they get.
    expect(body.groups.map((g) => g.key)).toEqual([
      "undecided-soon",
      "unpaid",
      "overdue-actions",
      "not-told-back",
      "target-at-risk",
    ]);
    for (const g of body.groups) {
      expect(g.count).toBe(g.items.length);
      expect(g.count).toBeGreaterThan(0);
      // Oldest first.
      expect(g.items.map((item) => item.since)).toEqual(g.items.map((item) => item.since).toSorted());
    }
    expect(body.total).toBe(body.groups.reduce((sum, g) => sum + g.count, 0));

    // The Planned work list's "undecided" filter and start range, narrowed to the lead's own, live work.
    const undecided = await everything<Listed & { leadId: string; status: string }>(
      lead,
      `/api/work-items?plan=undecided&from=${today}&to=${dates.undecidedUntil}&sort=startDate`,
    );
    expect(idsIn(body, "undecided-soon")).toEqual(
      undecided.filter((w) => w.leadId === me.id && w.status !== "cancelled").map((w) => w.id),
    );
    expect(group(body, "undecided-soon")?.items[0]?.href).toMatch(/^\/work-items\/[0-9a-f-]{36}$/);

    // The Events list's "not meeting the target" filter, over the same window.
    const atRisk = await everything<Listed & { leadId: string; status: string }>(
      lead,
      `/api/work-items?agendaTarget=not_met&from=${today}&to=${dates.targetUntil}&sort=startDate`,
    );
    expect(idsIn(body, "target-at-risk")).toEqual(
      atRisk.filter((w) => w.leadId === me.id && w.status !== "cancelled").map((w) => w.id),
    );

    // Involvements list (took part), checked one by one against the rule.
    type Involvement = Parameters<typeof isUnpaid>[0] & Listed & { workItemId: string };
    const tookPart = await everything<Involvement>(lead, "/api/involvements?status=took_part");
    // An involvement with no dates of its own took part on its work item's.
    const unpaid = tookPart.filter(
      (i) => mine.has(i.workItemId) && isUnpaid({ ...i, workItem: workDates.get(i.workItemId) }, today),
    );
    expect(idsIn(body, "unpaid").toSorted()).toEqual(unpaid.map((i) => i.id).toSorted());
    expect(group(body, "unpaid")?.items.map((item) => item.href)).toEqual(
      idsIn(body, "unpaid").map((id) => `/involvements/${id}`),
    );

    // Feedback list: the open actions it marks overdue, and feedback never told back, on the lead's work or theirs to do.
    type Feedback = Listed & {
      workItemId: string | null;
      actionOwnerId: string | null;
      overdue: boolean;
      receivedOn: string;
      toldBackOn: string | null;
    };
    const isMine = (f: Feedback) => (f.workItemId !== null && mine.has(f.workItemId)) || f.actionOwnerId === me.id;
    const open = await everything<Feedback>(lead, "/api/feedback?actions=open");
    expect(idsIn(body, "overdue-actions").toSorted()).toEqual(
      open
        .filter((f) => f.overdue && isMine(f))
        .map((f) => f.id)
        .toSorted(),
    );
    const allFeedback = await everything<Feedback>(lead, "/api/feedback");
    expect(idsIn(body, "not-told-back").toSorted()).toEqual(
      allFeedback
        .filter((f) => isMine(f) && isNotToldBack(f, today))
        .map((f) => f.id)
        .toSorted(),
    );
  });

  it("never shows a lead another lead's work", async () => {
    const lead = await api.as("lead@example.org");
    const other = await api.as("lead2@example.org");
    const [mineBody, theirsBody] = await Promise.all([attentionOf(lead), attentionOf(other)]);
    const { mine } = await myWork(other);
    for (const id of [...idsIn(theirsBody, "undecided-soon"), ...idsIn(theirsBody, "target-at-risk")]) {
      expect(mine.has(id)).toBe(true);
    }
    const leadsWork = [...idsIn(mineBody, "undecided-soon"), ...idsIn(mineBody, "target-at-risk")];
    for (const id of leadsWork) expect(idsIn(theirsBody, "undecided-soon")).not.toContain(id);
    for (const id of leadsWork) expect(idsIn(theirsBody, "target-at-risk")).not.toContain(id);
    for (const id of idsIn(mineBody, "unpaid")) expect(idsIn(theirsBody, "unpaid")).not.toContain(id);
  });

  it("gives the admin groups to admin only; events and managers see all work", async () => {
    const admin = await api.as("admin@example.org");
    const l = await attentionOf(await api.as("lead@example.org"));
    const e = await attentionOf(await api.as("events@example.org"));
    const m = await attentionOf(await api.as("manager@example.org"));
    const a = await attentionOf(admin);
    for (const body of [l, e, m, a]) {
      for (const g of body.groups) expect(attentionKeys).toContain(g.key);
      expect(body.total).toBe(body.groups.reduce((sum, g) => sum + g.count, 0));
    }
    for (const body of [l, e, m]) {
      expect(group(body, "retention-due")).toBeUndefined();
      expect(group(body, "consent-withdrawn")).toBeUndefined();
    }
    // The Retention review list's "due" filter.
    const due = await everything<Listed>(admin, "/api/people?retention=due");
    expect(idsIn(a, "retention-due").toSorted()).toEqual(due.map((p) => p.id).toSorted());
    expect(group(a, "consent-withdrawn")?.count).toBeGreaterThan(0);
    // Everyone but a lead sees every lead's work: the lead's entries are among theirs.
    for (const body of [e, m, a]) {
      for (const key of ["undecided-soon", "unpaid", "target-at-risk"]) {
        for (const id of idsIn(l, key)) expect(idsIn(body, key)).toContain(id);
      }
    }
    expect(group(e, "bursary-unpaid")?.count).toBeGreaterThan(0);
    expect(group(l, "bursary-unpaid")).toBeUndefined();
  });

  it("adds what enters a rule and drops it once dealt with", async () => {
    const lead = await api.as("lead@example.org");
    const before = await attentionOf(lead);

    const item = await createItem(lead, {
      title: "Attention test: clinic letters review",
      kind: "research",
      startDate: addDays(today, 14),
      endDate: addDays(today, 60),
    });
    const person = await createPerson(lead, { name: "Attention Testperson" });
    const tookPartOn = addDays(today, -40);
    const created = await lead.request("POST", "/api/involvements", {
      workItemId: item.id,
      personId: person.id,
      role: "advisory_group",
      status: "took_part",
      startDate: tookPartOn,
      endDate: tookPartOn,
      expensesPence: 1_850,
      paymentStatus: "due",
    });
    expect(created.status).toBe(201);
    const involvement = await created.json();
    // No dates of its own: it took part when its work item did.
    const pastItem = await createItem(lead, {
      title: "Attention test: undated speakers' day",
      startDate: addDays(today, -45),
      endDate: addDays(today, -44),
    });
    const undated = await lead.request("POST", "/api/involvements", {
      workItemId: pastItem.id,
      personId: person.id,
      role: "advisory_group",
      status: "took_part",
      expensesPence: 900,
      paymentStatus: "due",
    });
    expect(undated.status).toBe(201);
    const undatedInvolvement = await undated.json();

    const after = await attentionOf(lead);
    expect(group(after, "unpaid")?.items).toContainEqual(
      expect.objectContaining({ id: undatedInvolvement.id, since: addDays(today, -44 + 30) }),
    );
    // The past item is undecided but not starting soon: only its involvement is added.
    expect(after.total).toBe(before.total + 3);
    expect(group(after, "undecided-soon")?.items).toContainEqual({
      id: item.id,
      title: `Attention test: clinic letters review — starts ${ukDate(addDays(today, 14))}`,
      href: `/work-items/${item.id}`,
      since: addDays(today, 14 - 56),
    });
    expect(group(after, "unpaid")?.items).toContainEqual(
      expect.objectContaining({
        id: involvement.id,
        href: `/involvements/${involvement.id}`,
        since: addDays(tookPartOn, 30),
        title: expect.stringMatching(/^Attention Testperson, Attention test: clinic letters review — took part /),
      }),
    );

    // A decision takes the item off; declined payment takes the involvement off (no nudge).
    const plan = await lead.request("PUT", `/api/work-items/${item.id}/plan`, {
      considered: true,
      level: "consult",
      roles: [],
      budgetPence: null,
      reason: "",
    });
    expect([200, 201]).toContain(plan.status);
    const declined = await lead.request("PATCH", `/api/involvements/${involvement.id}`, {
      paymentStatus: "declined",
      version: involvement.version,
    });
    expect(declined.status).toBe(200);
    const done = await attentionOf(lead);
    expect(idsIn(done, "undecided-soon")).not.toContain(item.id);
    expect(idsIn(done, "unpaid")).not.toContain(involvement.id);
    expect(done.total).toBe(before.total + 1);

    // Another lead's work never shows up for this lead, even when it qualifies.
    const admin = await api.as("admin@example.org");
    const { users } = await directory(admin);
    const lead2 = users.find((u) => u.name === "Maren Castellane");
    const theirs = await createItem(admin, {
      title: "Attention test: someone else's",
      kind: "research",
      leadId: lead2?.id as string,
      startDate: addDays(today, 7),
      endDate: null as unknown as string,
    });
    expect(idsIn(await attentionOf(lead), "undecided-soon")).not.toContain(theirs.id);
    expect(idsIn(await attentionOf(admin), "undecided-soon")).toContain(theirs.id);
  });

  it("refuses anyone not signed in", async () => {
    const response = await api.anonymous.get("/api/attention");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
