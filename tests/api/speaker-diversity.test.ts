import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem, directory } from "./helpers";

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
  roundingBase: number;
  rounded: boolean;
  speakers: number | null;
  events: number;
  answered: number | null;
  notAnswered: number | null;
  smallEvents: { events: number; speakers: number | null };
  ethnicity: Row[];
  sex: Row[];
};

const brief = { ask: "Speak on the panel.", expectations: "Travel booked and a fee." };
let serial = 0;

/** An event far in the future (no demo data there) with speakers who answered as given. */
async function eventWithSpeakers(
  client: Client,
  startDate: string,
  answers: Record<string, string>[],
  item: Record<string, string> = {},
) {
  const event = await createItem(client, { kind: "conference", startDate, endDate: startDate, ...item });
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

/** Each question's column in equality_answers. */
const columns: Record<string, string> = {
  ageBand: "age_band",
  sex: "sex",
  genderSameAsBirth: "gender_same_as_birth",
  ethnicity: "ethnicity",
  disability: "disability",
  sexualOrientation: "sexual_orientation",
  region: "region",
};

/** The reporting year of the demo data, as a manager opens it on the Dashboard. */
const demoYear = "from=2026-04-01&to=2027-03-31";

async function diversity(client: Client, query: string): Promise<Diversity> {
  const response = await client.get(`/api/metrics/speaker-diversity?${query}`);
  expect(response.status).toBe(200);
  return response.json();
}

/** Every published count (cells and totals): each must be 0 or a multiple of the base, and never 1 to 4. */
function everyPublishedCount(body: Diversity): number[] {
  const totals = [body.speakers, body.answered, body.notAnswered, body.smallEvents.speakers];
  return [...visibleCounts(body), ...totals.filter((n): n is number => n !== null)];
}

describe("speaker diversity, rounded to the nearest 5", () => {
  it("gives a manager numbers for the demo reporting year: rounded, none from 1 to 4", async () => {
    const manager = await api.as("manager@example.org");
    const body = await diversity(manager, demoYear);
    expect(body).toMatchObject({ threshold: 5, roundingBase: 5, rounded: true });
    expect(body.events).toBeGreaterThan(1);
    const sex = byCategory(body.sex);
    const ethnicity = byCategory(body.ethnicity);
    for (const row of [sex.female, sex.male, ethnicity.white]) {
      expect(row?.count).toBeGreaterThanOrEqual(5);
      expect(row?.suppressed).toBe(false);
      expect(row?.share).toBeGreaterThan(0);
    }
    for (const count of everyPublishedCount(body)) {
      expect(count % 5).toBe(0);
    }
    expect(body.speakers).toBeGreaterThanOrEqual(5);
    expect(Number(body.speakers) % 5).toBe(0);
    // Shares come from the rounded counts over the rounded number who answered.
    const answeredSex = body.sex.filter((row) => row.category !== "not_answered" && row.count !== null);
    const shares = answeredSex.reduce((sum, row) => sum + (row.share ?? 0), 0);
    expect(shares).toBeGreaterThan(0.8);
    expect(shares).toBeLessThan(1.2);
    expect(sex.not_answered?.share).toBeNull();
  });

  it("shows at least half of the categories whose true count is 10 or more, counted from the database", async () => {
    const manager = await api.as("manager@example.org");
    const body = await diversity(manager, demoYear);
    // The true counts, straight from the tables: each speaker once per event.
    const truth = await api.db.execute(sql`
      with speakers as (
        select distinct i.work_item_id, i.person_id from involvements i join work_items w on w.id = i.work_item_id
        where w.kind in ('conference', 'event') and i.role in ('chair', 'presenter', 'facilitator', 'panellist')
          and i.status in ('confirmed', 'took_part') and w.start_date between '2026-04-01' and '2027-03-31')
      select ${sql.join(
        Object.entries(columns).map(
          ([key, column]) => sql`coalesce(ea.${sql.identifier(column)}, 'not_answered') as ${sql.identifier(key)}`,
        ),
        sql`, `,
      )}
      from speakers s left join equality_answers ea on ea.person_id = s.person_id`);
    const rows = (truth as unknown as { rows: Record<string, string>[] }).rows;
    let big = 0;
    let shown = 0;
    for (const question of Object.keys(columns)) {
      const published = byCategory(body[question] as Row[]);
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row[question] ?? "", (counts.get(row[question] ?? "") ?? 0) + 1);
      for (const [category, n] of counts) {
        if (n < 10) continue;
        big += 1;
        if (published[category]?.count) shown += 1;
        // Rounded near the truth: within the rounding plus what small counts may lose.
        if (published[category]?.count) expect(Math.abs((published[category]?.count ?? 0) - n)).toBeLessThan(n / 2);
      }
    }
    expect(big).toBeGreaterThanOrEqual(3);
    expect(shown * 2).toBeGreaterThanOrEqual(big);
  });

  it("filters by team, kind and quarter like the dashboard, with the same rule", async () => {
    const manager = await api.as("manager@example.org");
    const { teams } = await directory(manager);
    const year = await diversity(manager, demoYear);
    const byTeam = await Promise.all(teams.map(async (team) => diversity(manager, `${demoYear}&teamId=${team.id}`)));
    // Every event belongs to one team: the teams' events add up to the year's.
    expect(byTeam.reduce((sum, body) => sum + body.events, 0)).toBe(year.events);
    const busiest = byTeam.reduce((a, b) => (b.events > a.events ? b : a));
    expect(byCategory(busiest.sex).female?.count).toBeGreaterThanOrEqual(5);
    const autumn = await diversity(manager, "from=2026-10-01&to=2026-12-31&kind=conference");
    expect(autumn.events).toBeGreaterThan(0);
    expect(byCategory(autumn.sex).female?.count).toBeGreaterThanOrEqual(5);
    for (const body of [...byTeam, autumn]) for (const n of everyPublishedCount(body)) expect(n % 5).toBe(0);
    const research = await diversity(manager, `${demoYear}&kind=research`);
    expect(research).toMatchObject({ events: 0, speakers: 0 });
  });

  it("rounds one event's counts and hides those of 1 to 4, with shares of those who answered", async () => {
    const events = await api.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-05-10", [
      ...repeat(4, { ethnicity: "asian", sex: "female" }),
      ...repeat(8, { ethnicity: "white", sex: "female" }),
      ...repeat(6, { ethnicity: "prefer_not_to_say", sex: "male" }),
      ...repeat(5, {}),
    ]);
    const manager = await api.as("manager@example.org");
    const body = await diversity(manager, `workItemId=${event.id}`);
    // 23 speakers → 25; 18 answered → 20; 5 did not.
    expect(body).toMatchObject({ rounded: true, speakers: 25, events: 1, answered: 20, notAnswered: 5 });
    expect(body.smallEvents).toEqual({ events: 0, speakers: 0 });
    const ethnicity = byCategory(body.ethnicity);
    expect(ethnicity.asian).toMatchObject({ count: null, share: null, suppressed: true, benchmark: 0.093 });
    // 8 → 10 and 6 → 5, over those who answered: 3 (for the 4) + 8 + 6 = 17 → 15.
    expect(ethnicity.white).toMatchObject({ count: 10, share: 10 / 15, suppressed: false, benchmark: 0.817 });
    expect(ethnicity.prefer_not_to_say).toMatchObject({ count: 5, share: 5 / 15 });
    expect(ethnicity.black).toMatchObject({ count: 0, share: 0, suppressed: false });
    expect(ethnicity.not_answered).toMatchObject({ count: 5, share: null });
    expect(byCategory(body.sex)).toMatchObject({ female: { count: 10 }, male: { count: 5 } });
    for (const n of everyPublishedCount(body)) expect(n === 0 || (n >= 5 && n % 5 === 0)).toBe(true);
  });

  it("ignores invited speakers, and gives no breakdown for an event with fewer than 5 answered speakers", async () => {
    const events = await api.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-07-01", [
      ...repeat(6, {}),
      ...repeat(4, { ethnicity: "black", sex: "male" }),
    ]);
    const person = await (
      await events.request("POST", "/api/people", { name: "Invited only", perspectives: ["carer"] })
    ).json();
    await events.request("POST", "/api/involvements", { workItemId: event.id, personId: person.id, role: "chair" });
    const body = await diversity(events, `workItemId=${event.id}`);
    expect(body).toMatchObject({ speakers: 10, events: 1, answered: null, notAnswered: 5 });
    expect(body.smallEvents).toEqual({ events: 1, speakers: 10 });
    expect(visibleCounts(body)).toEqual([]);
    for (const rows of Object.values(body).filter(Array.isArray))
      for (const row of rows as Row[]) expect(row).toMatchObject({ count: null, share: null, suppressed: true });
  });

  it("leaves a small event out of every breakdown across events, counted on one line", async () => {
    const events = await api.as("events@example.org");
    await eventWithSpeakers(events, "2032-04-10", [...repeat(3, { ethnicity: "mixed" }), ...repeat(2, {})]);
    await eventWithSpeakers(events, "2032-06-10", [
      ...repeat(8, { ethnicity: "mixed" }),
      ...repeat(9, { ethnicity: "white" }),
    ]);
    const period = await diversity(events, "from=2032-04-01&to=2033-03-31");
    // 22 speakers → 20; the small event's 5 → 5, on their own line.
    expect(period).toMatchObject({ speakers: 20, events: 2, smallEvents: { events: 1, speakers: 5 } });
    // Only the larger event is broken down: 8 → 10 mixed, not 11.
    expect(byCategory(period.ethnicity)).toMatchObject({ mixed: { count: 10 }, white: { count: 10 } });
  });

  it("never lets a total across events pin a count of 1 to 4: two events with 4 each", async () => {
    const events = await api.as("events@example.org");
    const first = await eventWithSpeakers(events, "2033-05-01", [
      ...repeat(4, { ethnicity: "black" }),
      ...repeat(6, { ethnicity: "white" }),
    ]);
    await eventWithSpeakers(events, "2033-06-01", [
      ...repeat(4, { ethnicity: "black" }),
      ...repeat(6, { ethnicity: "white" }),
    ]);
    const one = byCategory((await diversity(events, `workItemId=${first.id}`)).ethnicity);
    expect(one.black).toMatchObject({ count: null, suppressed: true });
    const both = byCategory((await diversity(events, "from=2033-04-01&to=2034-03-31")).ethnicity);
    // 4 + 4 = 8 would round to 10, and 10 − 2 (rounding) − 4 (the other event at most) pins each at 4. Each 4 adds
    // the lowest of its pair (3 or 4) instead: 6 → 5, the same as for any two of 3 and 4.
    expect(both.black).toMatchObject({ count: 5, suppressed: false });
    expect(both.white).toMatchObject({ count: 10 });
  });

  it("never lets the answered total pin an event's small number who answered", async () => {
    const events = await api.as("events@example.org");
    for (const day of ["2034-05-01", "2034-06-01"])
      await eventWithSpeakers(events, day, [...repeat(4, { sex: "male" }), ...repeat(6, {})]);
    const year = await diversity(events, "from=2034-04-01&to=2035-03-31");
    // Each event: 4 answered (too few to break down), 6 did not. 4 + 4 = 8 would round to 10 and pin both at 4;
    // each adds 3 instead: 6 → 5.
    expect(year).toMatchObject({
      speakers: 20,
      answered: 5,
      notAnswered: 10,
      smallEvents: { events: 2, speakers: 20 },
    });
  });

  it("refuses a bad filter with 400 and a field error", async () => {
    const manager = await api.as("manager@example.org");
    for (const [query, path] of [
      ["from=2032-13-01", "from"],
      ["teamId=team-1", "teamId"],
      ["kind=seminar", "kind"],
    ]) {
      const response = await manager.get(`/api/metrics/speaker-diversity?${query}`);
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].path).toBe(path);
    }
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
    const body = await diversity(events, `workItemId=${event.id}`);
    expect(body.threshold).toBe(10);
    expect(byCategory(body.sex).female?.suppressed).toBe(true);
    expect(byCategory(body.sex).male?.count).toBe(10);
  });
});

describe("speaker diversity without rounding (ROUNDING_BASE=1): the secondary-suppression rule", () => {
  const exact = setupApi({ roundingBase: 1 });

  it("hides a group of exactly 4, and the one cell that would give it away", async () => {
    const events = await exact.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-05-10", [
      ...repeat(4, { ethnicity: "asian", sex: "female" }),
      ...repeat(5, { ethnicity: "white", sex: "female" }),
      ...repeat(6, { ethnicity: "prefer_not_to_say", sex: "male" }),
    ]);
    const body = await diversity(events, `workItemId=${event.id}`);
    expect(body).toMatchObject({ threshold: 5, roundingBase: 1, rounded: false, speakers: 15, events: 1 });
    const ethnicity = byCategory(body.ethnicity);
    expect(ethnicity.asian).toMatchObject({ count: null, share: null, suppressed: true });
    // 4 could be worked out as 15 − 5 − 6: the smaller of the others is hidden too.
    expect(ethnicity.white).toMatchObject({ count: null, share: null, suppressed: true });
    expect(ethnicity.prefer_not_to_say).toMatchObject({ count: 6, share: 6 / 15, suppressed: false });
    expect(byCategory(body.sex)).toMatchObject({ female: { count: 9, share: 9 / 15 }, male: { count: 6 } });
    expect(body).toMatchObject({ answered: 15, notAnswered: 0 });
  });

  it("hides a small number who answered, and the number who did not, which would give it away", async () => {
    const events = await exact.as("events@example.org");
    const event = await eventWithSpeakers(events, "2031-08-10", [...repeat(4, { sex: "male" }), ...repeat(6, {})]);
    const body = await diversity(events, `workItemId=${event.id}`);
    // 10 speakers on the agenda: showing 6 who did not answer would give away the 4 who did.
    expect(body).toMatchObject({ speakers: 10, answered: null, notAnswered: null });
  });

  it("never lets a total across events reveal a count hidden in one event", async () => {
    const events = await exact.as("events@example.org");
    await eventWithSpeakers(events, "2032-04-10", [
      ...repeat(3, { ethnicity: "mixed" }),
      ...repeat(7, { ethnicity: "white" }),
      ...repeat(6, { ethnicity: "asian" }),
    ]);
    await eventWithSpeakers(events, "2032-06-10", [
      ...repeat(8, { ethnicity: "mixed" }),
      ...repeat(9, { ethnicity: "white" }),
      ...repeat(7, { ethnicity: "asian" }),
    ]);
    const period = await diversity(events, "from=2032-04-01&to=2033-03-31");
    expect(period).toMatchObject({ speakers: 40, events: 2 });
    // Shown, 11 − 8 would give away the 3: so the total for "mixed" is hidden as well.
    expect(byCategory(period.ethnicity).mixed).toMatchObject({ count: null, suppressed: true });
    expect(period.ethnicity.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(visibleCounts(period).every((count) => count === 0 || count >= 5)).toBe(true);
  });
});
