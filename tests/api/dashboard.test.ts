import { describe, expect, it } from "vitest";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";
import { createItem, directory } from "./helpers";

const api = setupApi();

type Headline = {
  key: string;
  value: number | null;
  detail: string | null;
  target: number | null;
  previous: number | null;
  definition: string;
};
type Body = {
  period: { from: string; to: string; label: string };
  previousPeriod: { from: string; to: string; label: string };
  headlines: Headline[];
};

const byKey = (body: Body) => Object.fromEntries(body.headlines.map((h) => [h.key, h]));

async function decide(client: Client, id: string, level: string) {
  const response = await client.request("PUT", `/api/work-items/${id}/plan`, {
    considered: true,
    level,
    roles: [],
    budgetPence: null,
    reason: level === "none" ? "Internal housekeeping only" : "",
  });
  if (![200, 201].includes(response.status)) throw new Error(`plan: ${response.status} ${await response.text()}`);
}

/** A work item of one team that starts on one day and has no end: the Dashboard counts it by its start. */
const itemOn = (client: Client, teamId: string, kind: string, title: string, startDate: string) =>
  createItem(client, { title, kind, teamId, startDate, endDate: null as unknown as string });

async function post(client: Client, path: string, body: unknown) {
  const response = await client.request("POST", path, body);
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

describe("dashboard headline figures", () => {
  it("counts a chosen reporting year and team right, and compares with the year before", async () => {
    const admin = await api.as("admin@example.org");
    const { teams } = await directory(admin);
    const team = teams[teams.length - 1]?.id as string;
    const make = (title: string, kind = "research", startDate = "2033-05-01") =>
      itemOn(admin, team, kind, title, startDate);
    const a = await make("Dashboard A");
    const b = await make("Dashboard B");
    await make("Dashboard C (undecided)");
    const conference = await make("Dashboard conference", "conference", "2033-06-01");
    await decide(admin, a.id, "involve");
    await decide(admin, b.id, "none");
    await decide(admin, conference.id, "co_produce");
    const lastYear = await make("Dashboard last year", "research", "2032-05-01");
    await decide(admin, lastYear.id, "consult");

    const patient = await post(admin, "/api/people", { name: "Dash Chair", perspectives: ["patient"] });
    await post(admin, "/api/involvements", {
      workItemId: conference.id,
      personId: patient.id,
      role: "chair",
      status: "confirmed",
      ask: "Chair the opening.",
      expectations: "A fee and travel.",
    });
    for (const name of ["Dash Bursary 1", "Dash Bursary 2"]) {
      const carer = await post(admin, "/api/people", { name, perspectives: ["carer"] });
      await post(admin, "/api/bursaries", {
        workItemId: conference.id,
        personId: carer.id,
        status: "offered",
        travelPence: 1000,
      });
    }

    const details = await admin.request("PUT", `/api/work-items/${conference.id}/event-details`, {
      bursaryPlaces: 4,
      bursaryBudgetPence: 150050,
      adviceSought: true,
      adviceOutcome: "Patients suggested two speakers.",
      version: 0,
    });
    expect(details.status).toBe(200);

    const manager = await api.as("manager@example.org");
    const body: Body = await (await manager.get(`/api/metrics/dashboard?year=2033&teamId=${team}`)).json();
    expect(body.period).toEqual(expect.objectContaining({ from: "2033-04-01", to: "2034-03-31" }));
    expect(body.previousPeriod).toEqual(expect.objectContaining({ from: "2032-04-01", to: "2033-03-31" }));
    const h = byKey(body);
    expect(h.decided).toMatchObject({ value: 3 / 4, detail: "3 of 4", target: 1, previous: 1 });
    expect(h.involveOrAbove).toMatchObject({ value: 2 / 4, previous: 0 });
    expect(h.agendaTarget).toMatchObject({ value: 1, detail: "1 of 1", target: 1, previous: null });
    // Two people offered a bursary: an ordinary management figure, shown exactly.
    expect(h.bursariesAttended?.value).toBe(0);
    expect(h.bursariesAttended?.detail).toBe("offered 2, accepted 0, attended 0");
    expect(h.bursarySpend).toMatchObject({ value: 2000, detail: "of a budget of £1,500.50" });
    expect(h.adviceSought).toMatchObject({ value: 1, detail: "1 of 1" });

    const research: Body = await (
      await manager.get(`/api/metrics/dashboard?year=2033&teamId=${team}&kind=research`)
    ).json();
    expect(byKey(research).decided).toMatchObject({ detail: "2 of 3" });
  });

  it("leaves care costs out of a manager's bursary spend, as the event's own bursary summary does", async () => {
    const admin = await api.as("admin@example.org");
    const { teams } = await directory(admin);
    const team = teams[0]?.id as string;
    // The only event in its period and team: its spend is one person's bursary.
    const event = await itemOn(admin, team, "event", "Dashboard care costs", "2041-05-01");
    const carer = await post(admin, "/api/people", { name: "Dash Care Cost", perspectives: ["carer"] });
    await post(admin, "/api/bursaries", {
      workItemId: event.id,
      personId: carer.id,
      status: "offered",
      ticketValuePence: 3000,
      travelPence: 1000,
      carePence: 5000,
    });
    const spendOf = async (client: Client) =>
      byKey(await (await client.get(`/api/metrics/dashboard?from=2041-05-01&to=2041-05-01&teamId=${team}`)).json())
        .bursarySpend;

    expect((await spendOf(admin))?.value).toBe(9000);
    const manager = await api.as("manager@example.org");
    const managers = await spendOf(manager);
    expect(managers?.value).toBe(4000);
    expect(managers?.definition).toMatch(/care costs are left out/);
    const summary = await (await manager.get(`/api/work-items/${event.id}/bursary-summary`)).json();
    expect(summary.spendPence).toBe(managers?.value);
  });

  it("counts as only invited the conferences that miss the target with a patient invited, not those that meet it", async () => {
    const admin = await api.as("admin@example.org");
    const { teams } = await directory(admin);
    const team = teams[0]?.id as string;
    const conference = (title: string) => itemOn(admin, team, "conference", title, "2042-06-01");
    const speaker = async (workItemId: string, name: string, status: string) => {
      const person = await post(admin, "/api/people", { name, perspectives: ["patient"] });
      await post(admin, "/api/involvements", {
        workItemId,
        personId: person.id,
        role: "presenter",
        status,
        ask: "Present.",
        expectations: "A fee.",
      });
    };
    const met = await conference("Met, with one more invited");
    await speaker(met.id, "Invited Alongside Confirmed", "confirmed");
    await speaker(met.id, "Invited Alongside", "invited");
    const invitedOnly = await conference("Only invited so far");
    await speaker(invitedOnly.id, "Invited Alone", "invited");
    await conference("No patient voice yet");

    const manager = await api.as("manager@example.org");
    const body: Body = await (
      await manager.get(`/api/metrics/dashboard?from=2042-06-01&to=2042-06-01&teamId=${team}`)
    ).json();
    expect(byKey(body).agendaTarget).toMatchObject({ value: 1 / 3, detail: "1 of 3; 1 only invited" });
    const target = await (await manager.get(`/api/work-items/${met.id}/agenda-target`)).json();
    expect(target).toMatchObject({ met: true, reason: "patient voice on the agenda" });
  });

  it("refuses dates a period cannot be counted from (400 at the field), and a range that runs backwards", async () => {
    const manager = await api.as("manager@example.org");
    const refused = async (path: string, field: string, message: RegExp) => {
      const response = await manager.get(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const problem = await response.json();
      expect(problem.errors, path).toEqual(
        expect.arrayContaining([{ path: field, message: expect.stringMatching(message) }]),
      );
    };
    // Each of these was a 500: the period before it fell outside the dates the database holds.
    for (const date of ["1000-01-01", "0001-01-01", "9999-12-31"])
      await refused(`/api/metrics/dashboard?from=${date}`, "from", /from 1900 to 2100/);
    await refused("/api/metrics/dashboard?to=9990-06-01", "to", /from 1900 to 2100/);
    await refused("/api/metrics/charts?from=0100-01-01", "from", /from 1900 to 2100/);
    await refused("/api/metrics/speaker-diversity?from=0100-01-01", "from", /from 1900 to 2100/);
    await refused("/api/metrics/dashboard?year=0", "year", /^Year must be from 2000 to 2100$/);
    await refused("/api/metrics/speaker-diversity?from=2026-05-01&to=2026-04-01", "to", /on or after its start/);
    await refused("/api/library-enquiries?from=2026-05-01&to=2026-04-01", "to", /on or after its start/);
    // A start still to come, with no end: its own reporting year, not a range back to today.
    const ahead: Body = await (await manager.get("/api/metrics/dashboard?from=2030-01-01")).json();
    expect(ahead.period).toMatchObject({ from: "2030-01-01", to: "2030-03-31", label: "1 Jan 2030 to 31 Mar 2030" });
    expect(ahead.previousPeriod).toMatchObject({ from: "2029-10-03", to: "2029-12-31" });
  });

  it("gives each chart's numbers for the same filters, exact but for the equality figures", async () => {
    const manager = await api.as("manager@example.org");
    const { teams } = await directory(manager);
    const team = teams[teams.length - 1]?.id as string;
    const body = await (await manager.get(`/api/metrics/charts?year=2033&teamId=${team}`)).json();
    const chart = (key: string) => body.charts.find((c: { key: string }) => c.key === key);
    const research = chart("level-by-kind").rows.find((r: { kind: string }) => r.kind === "Research");
    expect(research).toMatchObject({ involve: 1, none: 1, undecided: 1, consult: 0 });
    expect(chart("coverage-by-quarter").rows[0]).toMatchObject({ quarter: "Q1", items: 4, decided: 75, involve: 50 });
    expect(chart("coverage-by-quarter").rows[1]).toMatchObject({ quarter: "Q2", items: 0, decided: null });
    // One patient chair and two bursaries offered: ordinary figures, exact.
    expect(chart("patient-roles-on-agendas").rows.find((r: { role: string }) => r.role === "Chair").speakers).toBe(1);
    expect(chart("bursary-funnel").rows.map((r: { bursaries: number | null }) => r.bursaries)).toEqual([0, 2, 0, 0]);
    // Only the chart made from equality answers is under disclosure control.
    expect(body.charts.filter((c: { suppressed: boolean }) => c.suppressed).map((c: { key: string }) => c.key)).toEqual(
      ["speaker-diversity"],
    );
    for (const c of body.charts.filter((x: { key: string }) => x.key !== "speaker-diversity")) {
      expect(c.suppressedColumns).toEqual([]);
      expect(c.note).toBeUndefined();
    }
  });

  it("shows the bursary funnel and the leadership-programme mix exactly, the funnel equal to the card", async () => {
    const manager = await api.as("manager@example.org");
    for (const query of ["year=2026", "year=2025", "year=2026&quarter=3", "year=2026&kind=conference"]) {
      const [cards, charts] = await Promise.all([
        manager.get(`/api/metrics/dashboard?${query}`).then((r) => r.json()),
        manager.get(`/api/metrics/charts?${query}`).then((r) => r.json()),
      ]);
      const chart = (key: string) => charts.charts.find((c: { key: string }) => c.key === key);
      const funnel = Object.fromEntries(
        chart("bursary-funnel").rows.map((r: { stage: string; bursaries: number }) => [r.stage, r.bursaries]),
      );
      const card = byKey(cards).bursariesAttended;
      expect(card?.detail).toBe(`offered ${funnel.Offered}, accepted ${funnel.Accepted}, attended ${funnel.Attended}`);
      expect(card?.value).toBe(funnel.Attended);
      for (const key of ["bursary-funnel", "programme-mix"])
        for (const row of chart(key).rows)
          for (const value of Object.values(row).slice(1)) expect(typeof value).toBe("number");
    }
    // The demo year's programme mix has counts of 1 to 4: ordinary figures, shown all the same.
    const year = await manager.get("/api/metrics/charts?year=2026").then((r) => r.json());
    const mix = year.charts
      .find((c: { key: string }) => c.key === "programme-mix")
      .rows.map((r: { people: number }) => r.people);
    expect(mix.some((n: number) => n >= 1 && n <= 4)).toBe(true);
  });

  it("draws speaker diversity from the same rounded figures as the endpoint, with the note", async () => {
    const manager = await api.as("manager@example.org");
    const [charts, figures] = await Promise.all([
      manager.get("/api/metrics/charts?year=2026").then((r) => r.json()),
      manager.get("/api/metrics/speaker-diversity?from=2026-04-01&to=2027-03-31").then((r) => r.json()),
    ]);
    const chart = charts.charts.find((c: { key: string }) => c.key === "speaker-diversity");
    expect(chart.note).toBe("Counts are rounded to the nearest 5; counts of 1 to 4 are not shown.");
    expect(charts.roundingBase).toBe(5);
    const white = chart.rows.find((r: { group: string }) => r.group === "White");
    const whiteFigure = figures.ethnicity.find((r: { category: string }) => r.category === "white");
    expect(white.speakers).toBe(whiteFigure.count);
    expect(white.speakers % 5).toBe(0);
    expect(white.speakers).toBeGreaterThanOrEqual(5);
    expect(white.share).toBe(Math.round(whiteFigure.share * 1000) / 10);
  });

  it("counts people paid within 30 days of taking part, against a 90% target", async () => {
    const admin = await api.as("admin@example.org");
    const { teams } = await directory(admin);
    const team = teams[teams.length - 1]?.id as string;
    const item = await itemOn(admin, team, "research", "Paid promptly study", "2019-03-01");
    const person = await post(admin, "/api/people", { name: "Prompt Payee", perspectives: ["patient"] });
    const involve = (fields: Record<string, unknown>) =>
      post(admin, "/api/involvements", {
        workItemId: item.id,
        personId: person.id,
        role: "co_researcher",
        status: "took_part",
        ask: "Review the protocol.",
        expectations: "A fee within 30 days.",
        feePence: 15_000,
        ...fields,
      });
    // Paid 20 days after taking part: on time.
    await involve({ startDate: "2019-05-10", paymentStatus: "paid", paidOn: "2019-05-30" });
    // Paid 49 days after: late.
    await involve({ startDate: "2019-06-01", paymentStatus: "paid", paidOn: "2019-07-20" });
    // Never paid, long past its 30 days: a miss.
    await involve({ startDate: "2019-07-01", paymentStatus: "due" });
    // A two-day piece of work: the 30 days run from its last day (29 days).
    await involve({ startDate: "2019-10-01", endDate: "2019-10-03", paymentStatus: "paid", paidOn: "2019-11-01" });
    // Not counted: payment declined, nothing to pay, or not taken part.
    await involve({ startDate: "2019-08-01", paymentStatus: "declined" });
    await involve({ startDate: "2019-09-01", feePence: null, paymentStatus: "not_due" });
    await involve({ startDate: "2019-09-02", status: "confirmed", paymentStatus: "paid", paidOn: "2019-09-03" });
    // Taking part outside the range: not counted in it.
    await involve({ startDate: "2020-04-02", paymentStatus: "due" });

    const manager = await api.as("manager@example.org");
    const body: Body = await (
      await manager.get(`/api/metrics/dashboard?from=2019-04-01&to=2020-03-31&teamId=${team}`)
    ).json();
    expect(byKey(body).paidWithin30Days).toMatchObject({
      value: 2 / 4,
      detail: "2 of 4",
      target: 0.9,
      previous: null,
    });
    // Another team's figures hold none of these.
    const other = teams[0]?.id as string;
    const elsewhere: Body = await (
      await manager.get(`/api/metrics/dashboard?from=2019-04-01&to=2020-03-31&teamId=${other}`)
    ).json();
    expect(byKey(elsewhere).paidWithin30Days).toMatchObject({ value: null, detail: "No payments due yet" });
  });

  it("leaves out a payment still inside its 30 days until it is paid or late", async () => {
    const admin = await api.as("admin@example.org");
    const { teams } = await directory(admin);
    const team = teams[teams.length - 1]?.id as string;
    // The test clock reads 28 Nov 2026.
    const figure = async () =>
      byKey(await (await admin.get(`/api/metrics/dashboard?from=2026-11-01&to=2026-11-30&teamId=${team}`)).json())
        .paidWithin30Days;
    const before = await figure();
    const counted = (detail: string | null | undefined) =>
      detail === "No payments due yet" ? [0, 0] : (detail ?? "").split(" of ").map(Number);
    const [paidBefore = 0, dueBefore = 0] = counted(before?.detail);
    const item = await createItem(admin, { title: "Recent payments", kind: "research", teamId: team });
    const person = await post(admin, "/api/people", { name: "Recent Payee", perspectives: ["carer"] });
    const base = {
      workItemId: item.id,
      personId: person.id,
      role: "reviewer",
      status: "took_part",
      ask: "Read the draft.",
      expectations: "A fee.",
      feePence: 5_000,
    };
    await post(admin, "/api/involvements", { ...base, startDate: "2026-11-20", paymentStatus: "due" });
    expect(counted((await figure())?.detail)).toEqual([paidBefore, dueBefore]);
    await post(admin, "/api/involvements", {
      ...base,
      startDate: "2026-11-21",
      paymentStatus: "paid",
      paidOn: "2026-11-25",
    });
    expect(counted((await figure())?.detail)).toEqual([paidBefore + 1, dueBefore + 1]);
  });

  it("answers an empty period with no shares rather than zero", async () => {
    const manager = await api.as("manager@example.org");
    const h = byKey(await (await manager.get("/api/metrics/dashboard?year=2045")).json());
    expect(h.decided).toMatchObject({ value: null, detail: "0 of 0" });
    expect(h.agendaTarget?.value).toBeNull();
    expect(h.openActions?.value).toBe(0);
    expect(h.paidWithin30Days).toMatchObject({ value: null, detail: "No payments due yet", target: 0.9 });
  });

  it("takes a quarter, and refuses a bad filter with 400", async () => {
    const manager = await api.as("manager@example.org");
    const quarter: Body = await (await manager.get("/api/metrics/dashboard?year=2033&quarter=2")).json();
    expect(quarter.period).toMatchObject({ from: "2033-07-01", to: "2033-09-30" });
    expect(quarter.previousPeriod).toMatchObject({ from: "2033-04-01", to: "2033-06-30" });
    const range: Body = await (await manager.get("/api/metrics/dashboard?from=2033-05-01&to=2033-05-31")).json();
    expect(range.previousPeriod).toMatchObject({ from: "2033-03-31", to: "2033-04-30" });
    const backwards = await manager.get("/api/metrics/dashboard?from=2033-05-31&to=2033-05-01");
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).errors[0].path).toBe("to");
    const bad = await manager.get("/api/metrics/dashboard?quarter=5");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("quarter");
  });
});
