import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { setupApi } from "../setup/api";

/** A clock the tests move by hand, and the address each request says it comes from (the test's own header). */
let now = new Date("2026-11-30T09:00:00Z");
const minutes = (n: number) => {
  now = new Date(now.getTime() + n * 60_000);
};
const api = setupApi({ clock: () => now, clientAddress: (c) => c.req.header("x-test-address") ?? "192.0.2.1" });

async function signIn(email: string, password: string, address = "192.0.2.1", cookie?: string) {
  const response = await api.anonymous.request(
    "POST",
    "/api/auth/login",
    { email, password },
    { "x-test-address": address, ...(cookie ? { cookie } : {}) },
  );
  return { response, cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] as string };
}
const me = (cookie: string) => api.anonymous.request("GET", "/api/auth/me", undefined, { cookie });

async function events(email: string) {
  const result = await api.db.execute(
    sql`select outcome, reason, address from sign_in_events where email = ${email} order by at, outcome`,
  );
  return (result as unknown as { rows: { outcome: string; reason: string | null; address: string }[] }).rows;
}

describe("sessions", () => {
  it("end after 30 minutes without use, and say so", async () => {
    const { cookie } = await signIn("manager@example.org", demoPassword);
    minutes(29);
    expect((await me(cookie)).status).toBe(200);
    minutes(29); // used 29 minutes ago: still live
    expect((await me(cookie)).status).toBe(200);
    minutes(31);
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ code: "timed_out" });
    expect(ended.headers.get("set-cookie")).toMatch(/tracker_signed_in=;/);
    expect((await me(cookie)).status).toBe(401);
  });

  it("say they timed out even when someone else has signed in since (the sweep keeps them a day)", async () => {
    const { cookie } = await signIn("events@example.org", demoPassword);
    minutes(31);
    // Another sign-in sweeps old sessions: not this one, which must still say why it ended.
    expect((await signIn("admin@example.org", demoPassword)).response.status).toBe(200);
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ code: "timed_out" });
    const recorded = await api.db.execute(sql`
      select e.outcome from sign_in_events e join users u on u.id = e.user_id where u.email = 'events@example.org'`);
    const outcomes = (recorded as unknown as { rows: { outcome: string }[] }).rows.map((row) => row.outcome);
    expect(outcomes).toContain("timed_out");
  });

  it("end after 12 hours, however much they are used", async () => {
    const { cookie } = await signIn("lead@example.org", demoPassword);
    // Used every 29 minutes: live for 24 × 29 minutes (11 hours 36 minutes)...
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      minutes(29);
      statuses.push((await me(cookie)).status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    // ...and ended once 12 hours have passed since signing in.
    minutes(25);
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
  });
});

describe("throttling", () => {
  it("after 5 failures for an email, refuses even the right password with 429 and Retry-After, the wait doubling", async () => {
    const email = "events@example.org";
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-${i}`)).response.status).toBe(401);
    const locked = await signIn(email, demoPassword);
    expect(locked.response.status).toBe(429);
    expect(locked.response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const first = Number(locked.response.headers.get("retry-after"));
    expect(first).toBeGreaterThan(0);
    expect(locked.cookie).toBe("");
    const again = await signIn(email, demoPassword);
    expect(again.response.status).toBe(429);
    expect(Number(again.response.headers.get("retry-after"))).toBeGreaterThan(first);
    // Another email from the same address is not held up.
    expect((await signIn("manager@example.org", demoPassword)).response.status).toBe(200);
    // Once the wait is over, the right password works.
    minutes(16);
    expect((await signIn(email, demoPassword)).response.status).toBe(200);
    const outcomes = (await events(email)).map((e) => e.outcome);
    expect(outcomes.filter((o) => o === "failure")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(2);
    expect(outcomes.at(-1)).toBe("success");
    // Every one of them is the account's, the refused ones too: admin sees it was locked.
    const linked = await api.db.execute(
      sql`select e.outcome from sign_in_events e join users u on u.id = e.user_id where u.email = ${email}`,
    );
    const theirs = (linked as unknown as { rows: { outcome: string }[] }).rows.map((row) => row.outcome);
    expect(theirs.filter((o) => o === "throttled")).toHaveLength(2);
  });

  it("doubles the wait with each further attempt, never past 15 minutes", async () => {
    minutes(20);
    const email = "nobody.here@example.org";
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { response } = await signIn(email, "wrong", "198.51.100.7");
      if (response.status === 429) waits.push(Number(response.headers.get("retry-after")));
    }
    // The clock stands still here: 5 failures, then 7 refusals waiting 1, 2, 4, 8 minutes, then 15 at most.
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it("after 50 failures from one address, refuses that address, not others", async () => {
    minutes(20);
    const address = "203.0.113.9";
    for (let i = 0; i < 50; i++) await signIn(`guess${i}@example.org`, "wrong", address);
    expect((await signIn("admin@example.org", demoPassword, address)).response.status).toBe(429);
    expect((await signIn("admin@example.org", demoPassword, "203.0.113.10")).response.status).toBe(200);
  });
});

describe("sign-in events", () => {
  it("records success, failure with the reason, signing out and timing out, with the address", async () => {
    minutes(20);
    const email = "lead@example.org";
    await signIn(email, "not-the-password", "192.0.2.44");
    await signIn("no.account@example.org", "whatever-it-is", "192.0.2.44");
    const { cookie } = await signIn(email, demoPassword, "192.0.2.44");
    await api.anonymous.request("POST", "/api/auth/logout", undefined, { cookie, "x-test-address": "192.0.2.44" });
    const second = await signIn(email, demoPassword, "192.0.2.44");
    minutes(31);
    await me(second.cookie);
    const rows = await api.db.execute(sql`
      select e.outcome, e.reason, e.address, u.email from sign_in_events e left join users u on u.id = e.user_id
      where e.at >= ${new Date(now.getTime() - 40 * 60_000)} order by e.at, e.id`);
    const seen = (rows as unknown as { rows: { outcome: string; reason: string | null; email: string | null }[] }).rows;
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: "failure", reason: "wrong_password", email }),
        expect.objectContaining({ outcome: "failure", reason: "unknown_email", email: null }),
        expect.objectContaining({ outcome: "success", email }),
        expect.objectContaining({ outcome: "signed_out", email }),
        expect.objectContaining({ outcome: "timed_out", email }),
      ]),
    );
    // Never a password in the record.
    expect(JSON.stringify(seen)).not.toContain("not-the-password");
  });
});
