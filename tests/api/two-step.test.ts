import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import type { Api } from "../setup/api";
import { setupApi } from "../setup/api";

const api = setupApi();
const strict = setupApi({ mfaRequired: "admin" });
/** Its own database: an admin turns off someone's two-step verification there. */
const governed = setupApi();

const cookieOf = (response: Response, name: string) =>
  (response.headers.getSetCookie?.() ?? [])
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${name}=`)) ?? "";

/** A password sign-in; with two-step verification on, the half-way cookie to finish it. */
async function passwordStep(on: Api, email: string) {
  const response = await on.anonymous.request("POST", "/api/auth/login", { email, password: demoPassword });
  return { response, body: await response.json(), challenge: cookieOf(response, "tracker_mfa") };
}

async function verifyStep(on: Api, challenge: string, code: string) {
  return on.anonymous.request("POST", "/api/auth/login/verify", { code }, { cookie: challenge });
}

/** Turns two-step verification on for a signed-in account; answers the secret and the recovery codes. */
async function enrol(on: Api, email: string) {
  const client = await on.as(email);
  const setup = await client.request("POST", "/api/auth/mfa/setup");
  expect(setup.status).toBe(200);
  const { secret, otpauthUrl } = await setup.json();
  const enabled = await client.request("POST", "/api/auth/mfa/enable", { code: await generate({ secret }) });
  expect(enabled.status).toBe(200);
  return { client, secret, otpauthUrl, recoveryCodes: (await enabled.json()).recoveryCodes as string[] };
}

describe("two-step verification", () => {
  it("sets up with a base32 secret and an otpauth link, and turns on only with a right code", async () => {
    const client = await api.as("events@example.org");
    const setup = await (await client.request("POST", "/api/auth/mfa/setup")).json();
    expect(setup.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Involvement%20Tracker:events%40example\.org\?/);
    expect(new URL(setup.otpauthUrl).searchParams.get("secret")).toBe(setup.secret);
    const wrong = await client.request("POST", "/api/auth/mfa/enable", { code: "000000" });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0].path).toBe("code");
    const me = await (await client.get("/api/auth/me")).json();
    expect(me.twoStep).toEqual({ enabled: false, required: false });
  });

  it("signs in in two steps: the password, then a code; a code is good once; recovery codes once each", async () => {
    const { secret, recoveryCodes } = await enrol(api, "lead@example.org");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const first = await passwordStep(api, "lead@example.org");
    expect(first.response.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true });
    expect(cookieOf(first.response, "tracker_session")).toBe("");
    expect(first.challenge).toMatch(/^tracker_mfa=.+/);
    // Half-way is not signed in.
    expect((await api.anonymous.request("GET", "/api/auth/me", undefined, { cookie: first.challenge })).status).toBe(
      401,
    );

    const wrong = await verifyStep(api, first.challenge, "123456");
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0].path).toBe("code");
    const code = await generate({ secret });
    const ok = await verifyStep(api, first.challenge, code);
    expect(ok.status).toBe(200);
    expect((await ok.json()).user.email).toBe("lead@example.org");
    const session = cookieOf(ok, "tracker_session");
    expect((await api.anonymous.request("GET", "/api/auth/me", undefined, { cookie: session })).status).toBe(200);

    // The same code again: refused.
    const second = await passwordStep(api, "lead@example.org");
    expect((await verifyStep(api, second.challenge, code)).status).toBe(422);
    // A recovery code works, once.
    const recovery = recoveryCodes[0] as string;
    expect((await verifyStep(api, second.challenge, recovery.toUpperCase())).status).toBe(200);
    const third = await passwordStep(api, "lead@example.org");
    expect((await verifyStep(api, third.challenge, recovery)).status).toBe(422);

    const admin = await api.as("admin@example.org");
    const listed = (await (await admin.get("/api/users")).json()).items.find(
      (u: { email: string }) => u.email === "lead@example.org",
    );
    expect(listed.mfa).toBe(true);
  });

  it("counts wrong codes towards throttling", async () => {
    await enrol(api, "manager@example.org");
    const { challenge } = await passwordStep(api, "manager@example.org");
    for (let i = 0; i < 5; i++) expect((await verifyStep(api, challenge, `00000${i}`)).status).toBe(422);
    const locked = await verifyStep(api, challenge, "000009");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("turns off with your password, after which the password alone signs in", async () => {
    const { client } = await enrol(api, "admin@example.org");
    const wrong = await client.request("POST", "/api/auth/mfa/disable", { password: "not-it" });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0].path).toBe("password");
    expect((await client.request("POST", "/api/auth/mfa/disable", { password: demoPassword })).status).toBe(204);
    const { body } = await passwordStep(api, "admin@example.org");
    expect(body.user.email).toBe("admin@example.org");
  });

  it("refuses to finish a sign-in without the half-way cookie", async () => {
    const response = await api.anonymous.request("POST", "/api/auth/login/verify", { code: "123456" });
    expect(response.status).toBe(401);
  });
});

describe("MFA_REQUIRED=admin", () => {
  it("makes admin enrol before doing anything else; other roles are not asked", async () => {
    const admin = await strict.as("admin@example.org");
    const blocked = await admin.get("/api/work-items");
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ code: "mfa_enrolment_required" });
    expect((await (await admin.get("/api/auth/me")).json()).twoStep).toEqual({ enabled: false, required: true });
    const setup = await (await admin.request("POST", "/api/auth/mfa/setup")).json();
    const enabled = await admin.request("POST", "/api/auth/mfa/enable", {
      code: await generate({ secret: setup.secret }),
    });
    expect(enabled.status).toBe(200);
    expect((await admin.get("/api/work-items")).status).toBe(200);
    // Required: it cannot be turned off.
    expect((await admin.request("POST", "/api/auth/mfa/disable", { password: demoPassword })).status).toBe(409);
    const lead = await strict.as("lead@example.org");
    expect((await lead.get("/api/work-items")).status).toBe(200);
  });
});

describe("two-step verification holds under pressure", () => {
  const race = setupApi();

  it("spends a code once even when two sign-ins race with it", async () => {
    const { secret } = await enrol(race, "lead@example.org");
    const [one, two] = await Promise.all([
      passwordStep(race, "lead@example.org"),
      passwordStep(race, "lead@example.org"),
    ]);
    const code = await generate({ secret });
    const answers = await Promise.all([verifyStep(race, one.challenge, code), verifyStep(race, two.challenge, code)]);
    // One signs in; the other is refused (the code is spent, or its half-way sign-in was ended with the first).
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401 || s === 422)).toHaveLength(1);
  });

  it("lets no burst of parallel wrong passwords past the limit", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        race.anonymous.request("POST", "/api/auth/login", {
          email: "events@example.org",
          password: "wrong-guess-here",
        }),
      ),
    );
    const refused = attempts.filter((r) => r.status === 429).length;
    // At most 5 of them were checked against the password; the rest were refused outright.
    expect(attempts.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(refused).toBeGreaterThanOrEqual(7);
  });

  it("will not set up another app while two-step verification is on, and ends other sessions when it changes", async () => {
    const { client } = await enrol(race, "manager@example.org");
    expect((await client.request("POST", "/api/auth/mfa/setup")).status).toBe(409);
    const other = await race.as("admin@example.org");
    const adminSetup = await (await other.request("POST", "/api/auth/mfa/setup")).json();
    const second = await race.as("admin@example.org");
    expect(
      (await other.request("POST", "/api/auth/mfa/enable", { code: await generate({ secret: adminSetup.secret }) }))
        .status,
    ).toBe(200);
    // The admin's other session never gave a code: it ends.
    expect((await second.get("/api/auth/me")).status).toBe(401);
    expect((await other.get("/api/auth/me")).status).toBe(200);
  });
});

describe("an admin turning off someone's two-step verification", () => {
  it("for a lost phone: the secret and recovery codes go, sessions end, the password alone signs in; audited", async () => {
    const { client, recoveryCodes } = await enrol(governed, "lead@example.org");
    const admin = await governed.as("admin@example.org");
    const lead = (await (await admin.get("/api/users")).json()).items.find(
      (u: { email: string }) => u.email === "lead@example.org",
    );
    expect(lead.mfa).toBe(true);
    // Only admin may.
    const manager = await governed.as("manager@example.org");
    expect((await manager.request("DELETE", `/api/users/${lead.id}/two-step`)).status).toBe(403);

    expect((await admin.request("DELETE", `/api/users/${lead.id}/two-step`)).status).toBe(204);
    expect((await client.get("/api/auth/me")).status).toBe(401);
    const { response, body } = await passwordStep(governed, "lead@example.org");
    expect(response.status).toBe(200);
    expect(body.user.email).toBe("lead@example.org");
    expect((await (await admin.get(`/api/users/${lead.id}`)).json()).mfa).toBe(false);
    // The old recovery codes open nothing once it is set up again.
    await enrol(governed, "lead@example.org");
    const again = await passwordStep(governed, "lead@example.org");
    expect((await verifyStep(governed, again.challenge, recoveryCodes[0] as string)).status).toBe(422);

    const entries = (await (await admin.get(`/api/audit?resource=users&recordId=${lead.id}&action=update`)).json())
      .items as { actorName: string; changes: { field: string }[] | null }[];
    expect(entries.filter((e) => e.actorName === "Dev Halloran").map((e) => e.changes)).toEqual([
      [{ field: "twoStep", before: "changed", after: "changed" }],
    ]);
    // Twice is 409: it is already off.
    expect((await admin.request("DELETE", `/api/users/${lead.id}/two-step`)).status).toBe(204);
    const off = await admin.request("DELETE", `/api/users/${lead.id}/two-step`);
    expect(off.status).toBe(409);
    expect(await off.json()).toMatchObject({ code: "two_step_off" });
  });
});
