import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem } from "./helpers";

const api = setupApi();

type Row = {
  category: string;
  count: number | null;
  share: number | null;
  suppressed: boolean;
  benchmark: number | null;
};
type Diversity = Record<string, unknown> & {
  threshold: number;
  speakers: number;
  events: number;
  ethnicity: Row[];
  sex: Row[];
};

const brief = { ask: "Speak on the panel.", expectations: "Travel booked and a fee." };
let serial = 0;

/** An event far in the future (no demo data there) with speakers who answered as given. */
async function eventWithSpeakers(client: Client, startDate: string, answers: Record<string, string>[]) {
  const event = await createItem(client, { kind: "conference", startDate, endDate: startDate });
  for (const answer of answers) {
    serial += 1;
    const person = await (
      await client.request("POST", "/api/people", {
        name: `Speaker ${serial}`,
        perspectives: ["patient"],
        consents: {
          contact: null,
          equalityMonitoring: { givenOn: "2026-01-01", withdrawnOn: null },
          namedPublicly: null,
        },
      })
    ).json();
    if (Object.keys(answer).length) {
      const saved = await client.request("PUT", `/api/people/${person.id}/equality`, answer);
      if (saved.status !== 204) throw new Error(`answers: ${saved.status}`);
    }
    const involved = await client.request("POST", "/api/involvements", {
      workItemId: event.id,
      personId: person.id,
      role: "panellist",
      status: "confirmed",
      ...brief,
    });
    if (involved.status !== 201) throw new Error(`involvement: ${involved.status} ${await involved.text()}`);
  }
  return event;
}

const repeat = (n: number, answer: Record<string, string>) => Array.from({ length: n }, () => answer);
const byCategory = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.category, row]));

/** Every count any client can read from a summary: none may be from 1 to threshold − 1. */
function visibleCounts(body: Diversity): number[] {
  return Object.values(body)
    .filter(Array.isArray)
    .flatMap((rows) => (rows as Row[]).map((row) => row.count))
    .filter((count): count is number => count !== null);
}

describe("speaker diversity", () => {
  it("hides a group of exactly 4, and the one cell that would give it away", async () => {
    const events = await api.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-05-10", [
      ...repeat(4, { ethnicity: "asian", sex: "female" }),
      ...repeat(5, { ethnicity: "white", sex: "female" }),
      ...repeat(6, { ethnicity: "prefer_not_to_say", sex: "male" }),
    ]);
    const manager = await api.as("manager@example.org");
    const body: Diversity = await (await manager.get(`/api/metrics/speaker-diversity?workItemId=${event.id}`)).json();
    expect(body).toMatchObject({ threshold: 5, speakers: 15, events: 1 });
    const ethnicity = byCategory(body.ethnicity);
    expect(ethnicity.asian).toMatchObject({ count: null, share: null, suppressed: true, benchmark: 0.093 });
    // 4 could be worked out as 15 − 5 − 6: the smaller of the others is hidden too.
    expect(ethnicity.white).toMatchObject({ count: null, share: null, suppressed: true, benchmark: 0.817 });
    expect(ethnicity.prefer_not_to_say).toMatchObject({ count: 6, share: 6 / 15, suppressed: false });
    expect(ethnicity.black).toMatchObject({ count: 0, suppressed: false });
    expect(ethnicity.not_answered).toMatchObject({ count: 0, suppressed: false });
    expect(byCategory(body.sex)).toMatchObject({
      female: { count: 9, share: 9 / 15, benchmark: 0.51 },
      male: { count: 6, share: 6 / 15, benchmark: 0.49 },
    });
    expect(visibleCounts(body).every((count) => count === 0 || count >= 5)).toBe(true);
  });

  it("counts speakers without answers as not answered, and ignores invited speakers", async () => {
    const events = await api.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-07-01", [
      ...repeat(5, {}),
      ...repeat(5, { ethnicity: "black" }),
    ]);
    const person = await (
      await events.request("POST", "/api/people", { name: "Invited only", perspectives: ["carer"] })
    ).json();
    await events.request("POST", "/api/involvements", { workItemId: event.id, personId: person.id, role: "chair" });
    const body: Diversity = await (await events.get(`/api/metrics/speaker-diversity?workItemId=${event.id}`)).json();
    expect(body.speakers).toBe(10);
    expect(byCategory(body.ethnicity)).toMatchObject({ not_answered: { count: 5 }, black: { count: 5, share: 0.5 } });
  });

  it("never lets a total across events reveal a count hidden in one event", async () => {
    const events = await api.as("events@example.org");
    const small = await eventWithSpeakers(events, "2032-04-10", [
      ...repeat(3, { ethnicity: "mixed" }),
      ...repeat(7, { ethnicity: "white" }),
      ...repeat(6, { ethnicity: "asian" }),
    ]);
    const large = await eventWithSpeakers(events, "2032-06-10", [
      ...repeat(8, { ethnicity: "mixed" }),
      ...repeat(9, { ethnicity: "white" }),
      ...repeat(7, { ethnicity: "asian" }),
    ]);
    const get = async (query: string): Promise<Diversity> =>
      (await events.get(`/api/metrics/speaker-diversity?${query}`)).json();
    const one = byCategory((await get(`workItemId=${small.id}`)).ethnicity);
    expect(one.mixed?.suppressed).toBe(true);
    const other = byCategory((await get(`workItemId=${large.id}`)).ethnicity);
    expect(other.mixed).toMatchObject({ count: 8, suppressed: false });

    const period = await get("from=2032-04-01&to=2033-03-31");
    expect(period).toMatchObject({ speakers: 40, events: 2 });
    const both = byCategory(period.ethnicity);
    // Shown, 11 − 8 would give away the 3: so the total for "mixed" is hidden as well.
    expect(both.mixed).toMatchObject({ count: null, suppressed: true });
    const shown = period.ethnicity.filter((row) => !row.suppressed).reduce((sum, row) => sum + (row.count ?? 0), 0);
    const hidden = period.ethnicity.filter((row) => row.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(shown).toBeLessThan(40);
    for (const body of [period, await get("from=2032-04-01&to=2032-05-01")])
      expect(visibleCounts(body).every((count) => count === 0 || count >= 5)).toBe(true);
  });

  it("refuses a bad filter with 400 and a field error", async () => {
    const manager = await api.as("manager@example.org");
    const response = await manager.get("/api/metrics/speaker-diversity?from=2032-13-01");
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("from");
  });
});

describe("speaker diversity with another threshold", () => {
  const strict = setupApi({ suppressionThreshold: 10 });
  it("uses the configured threshold", async () => {
    const events = await strict.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-09-01", [
      ...repeat(7, { sex: "female" }),
      ...repeat(12, { sex: "male" }),
    ]);
    const body: Diversity = await (await events.get(`/api/metrics/speaker-diversity?workItemId=${event.id}`)).json();
    expect(body.threshold).toBe(10);
    expect(byCategory(body.sex).female?.suppressed).toBe(true);
  });
});

describe("speaker diversity for a very small event", () => {
  const small = setupApi();
  it("shows no breakdown at all when there are fewer speakers than the threshold", async () => {
    const events = await small.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-10-01", [
      { disability: "yes" },
      { disability: "no" },
      { disability: "prefer_not_to_say" },
      {},
    ]);
    const body: Diversity = await (await events.get(`/api/metrics/speaker-diversity?workItemId=${event.id}`)).json();
    expect(body.speakers).toBe(4);
    expect(visibleCounts(body)).toEqual([]);
    for (const rows of Object.values(body).filter(Array.isArray))
      for (const row of rows as Row[]) expect(row.suppressed).toBe(true);
  });
});
