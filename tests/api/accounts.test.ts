import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import type { Client } from "../setup/api";
import { setupApi } from "../setup/api";

const api = setupApi();
const strong = "Lantern-orchard-41-ferry";

type AdminUser = {
  id: string;
  name: string;
  role: string;
  email: string;
  disabled: boolean;
  lastSignInAt: string | null;
  mfa: boolean;
  version: number;
  signIn: string;
};

const tokenOf = (url: string) => new URL(url).searchParams.get("token") ?? "";

async function signIn(email: string, password: string) {
  const response = await api.anonymous.request("POST", "/api/auth/login", { email, password });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
  return { response, cookie };
}

/** A client that sends the given session cookie. */
const as = (cookie: string): Client => ({
  request: (method, path, body, headers = {}) => api.anonymous.request(method, path, body, { ...headers, cookie }),
  get: (path) => api.anonymous.request("GET", path, undefined, { cookie }),
});

let serial = 0;
/** An account made by admin, with its password set through the link; signed in. */
async function newAccount(admin: Client, role = "lead") {
  serial += 1;
  const email = `staff.member${serial}@example.org`;
  const created = await admin.request("POST", "/api/users", { email, name: `Staff Member ${serial}`, role });
  expect(created.status).toBe(201);
  const { user, setPasswordUrl } = (await created.json()) as { user: AdminUser; setPasswordUrl: string };
  const set = await api.anonymous.request("POST", "/api/auth/set-password", {
    token: tokenOf(setPasswordUrl),
    password: strong,
  });
  expect(set.status).toBe(204);
  const { response, cookie } = await signIn(email, strong);
  expect(response.status).toBe(200);
  return { user, email, client: as(cookie) };
}

describe("user administration", () => {
  it("lists accounts for everyone, with the account's details for admin only", async () => {
    const admin = await api.as("admin@example.org");
    const lead = await api.as("lead@example.org");
    const all = (await (await admin.get("/api/users")).json()).items as AdminUser[];
    const me = all.find((u) => u.email === "admin@example.org");
    expect(me).toMatchObject({ role: "admin", disabled: false, mfa: false, signIn: "local", version: 1 });
    expect(me?.lastSignInAt).toEqual(expect.any(String));
    const seen = (await (await lead.get("/api/users")).json()).items as Record<string, unknown>[];
    expect(seen.length).toBe(all.length);
    for (const user of seen) expect(Object.keys(user).sort()).toEqual(["id", "name", "role"]);
  });

  it("creates an account with a single-use link to set its password, valid 72 hours", async () => {
    const admin = await api.as("admin@example.org");
    const response = await admin.request("POST", "/api/users", {
      email: "Rhiannon.Okafor@Example.org",
      name: "Rhiannon Okafor",
      role: "events",
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.user).toMatchObject({ email: "rhiannon.okafor@example.org", role: "events", signIn: "none" });
    expect(body.setPasswordUrl).toMatch(/^http:\/\/localhost\/set-password\?token=[\w-]{40,}$/);
    // No password yet: sign-in fails like any wrong password.
    expect((await signIn("rhiannon.okafor@example.org", strong)).response.status).toBe(401);

    const token = tokenOf(body.setPasswordUrl);
    const weak = await api.anonymous.request("POST", "/api/auth/set-password", { token, password: "password1" });
    expect(weak.status).toBe(422);
    expect((await weak.json()).errors).toEqual([{ path: "password", message: "Use at least 12 characters" }]);
    const named = await api.anonymous.request("POST", "/api/auth/set-password", {
      token,
      password: "rhiannon.okafor-2026",
    });
    expect((await named.json()).errors[0]).toMatchObject({ path: "password", message: expect.stringMatching(/email/) });
    const set = await api.anonymous.request("POST", "/api/auth/set-password", { token, password: strong });
    expect(set.status).toBe(204);
    expect((await signIn("rhiannon.okafor@example.org", strong)).response.status).toBe(200);

    const again = await api.anonymous.request("POST", "/api/auth/set-password", { token, password: strong });
    expect(again.status).toBe(400);
    expect((await again.json()).errors[0].path).toBe("token");
  });

  it("refuses a duplicate email with 409, bad input at the field, and anyone but admin with 403", async () => {
    const admin = await api.as("admin@example.org");
    const duplicate = await admin.request("POST", "/api/users", {
      email: "LEAD@example.org",
      name: "Copy",
      role: "lead",
    });
    expect(duplicate.status).toBe(409);
    const bad = await admin.request("POST", "/api/users", { email: "not-an-email", name: "", role: "boss" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()).errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      "email",
      "name",
      "role",
    ]);
    const manager = await api.as("manager@example.org");
    const refused = await manager.request("POST", "/api/users", {
      email: "x.y@example.org",
      name: "X Y",
      role: "lead",
    });
    expect(refused.status).toBe(403);
    const unknown = await api.anonymous.request("POST", "/api/auth/set-password", { token: "nope", password: strong });
    expect(unknown.status).toBe(400);
  });

  it("changes name and role with the version last read, refusing a stale one", async () => {
    const admin = await api.as("admin@example.org");
    const { user } = await newAccount(admin);
    const changed = await admin.request("PATCH", `/api/users/${user.id}`, { role: "events", version: user.version });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ role: "events", version: user.version + 1 });
    const stale = await admin.request("PATCH", `/api/users/${user.id}`, {
      name: "Someone Else",
      version: user.version,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ status: 409, code: "stale_version" });
    const lead = await api.as("lead@example.org");
    expect((await lead.request("PATCH", `/api/users/${user.id}`, { name: "X", version: 2 })).status).toBe(403);
  });

  it("disables a leaver: their sessions end at once, they cannot sign in, their history stays", async () => {
    const admin = await api.as("admin@example.org");
    const { user, email, client } = await newAccount(admin);
    expect((await client.get("/api/work-items")).status).toBe(200);
    const disabled = await admin.request("PATCH", `/api/users/${user.id}`, { disabled: true, version: user.version });
    expect(disabled.status).toBe(200);
    expect((await client.get("/api/work-items")).status).toBe(401);
    const refused = await signIn(email, strong);
    expect(refused.response.status).toBe(401);
    const wrong = await signIn("lead@example.org", "wrong-password-here");
    expect(await refused.response.json()).toEqual(await wrong.response.json());
    const listed = ((await (await admin.get("/api/users")).json()).items as AdminUser[]).find((u) => u.id === user.id);
    expect(listed).toMatchObject({ disabled: true });
  });

  it("keeps an admin from disabling or demoting themselves, and the last active admin", async () => {
    const admin = await api.as("admin@example.org");
    const me = ((await (await admin.get("/api/users")).json()).items as AdminUser[]).find(
      (u) => u.email === "admin@example.org",
    ) as AdminUser;
    const self = await admin.request("PATCH", `/api/users/${me.id}`, { disabled: true, version: me.version });
    expect(self.status).toBe(409);
    expect((await self.json()).detail).toMatch(/your own/);
    const demote = await admin.request("PATCH", `/api/users/${me.id}`, { role: "lead", version: me.version });
    expect(demote.status).toBe(409);

    // A second admin cannot demote the first while the first is the only other active admin... until they are two.
    const second = await newAccount(admin, "admin");
    const byOther = await second.client.request("PATCH", `/api/users/${me.id}`, {
      role: "manager",
      version: me.version,
    });
    expect(byOther.status).toBe(200);
    // Now the second is the last active admin: nobody can take that away.
    const last = await second.client.request("PATCH", `/api/users/${second.user.id}`, {
      role: "lead",
      version: second.user.version,
    });
    expect(last.status).toBe(409);
    // Put things back for the other tests.
    const restored = ((await (await second.client.get("/api/users")).json()).items as AdminUser[]).find(
      (u) => u.id === me.id,
    ) as AdminUser;
    const back = await second.client.request("PATCH", `/api/users/${me.id}`, {
      role: "admin",
      version: restored.version,
    });
    expect(back.status).toBe(200);
  });

  it("resets a password with a new link: the account is signed out, the old password stops when the link is used", async () => {
    const admin = await api.as("admin@example.org");
    const { user, email, client } = await newAccount(admin);
    const reset = await admin.request("POST", `/api/users/${user.id}/reset-password`);
    expect(reset.status).toBe(200);
    const { setPasswordUrl } = await reset.json();
    expect((await client.get("/api/auth/me")).status).toBe(401);
    const next = "Harbour-meadow-77-quill";
    expect(
      (
        await api.anonymous.request("POST", "/api/auth/set-password", {
          token: tokenOf(setPasswordUrl),
          password: next,
        })
      ).status,
    ).toBe(204);
    expect((await signIn(email, strong)).response.status).toBe(401);
    expect((await signIn(email, next)).response.status).toBe(200);
  });

  it("shows admin one account and the latest sign-ins, and nobody else", async () => {
    const admin = await api.as("admin@example.org");
    const { user, email } = await newAccount(admin);
    await signIn(email, "not-my-password");
    const one = await admin.get(`/api/users/${user.id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: user.id, email, signIn: "local", lastSignInAt: expect.any(String) });
    const theirs = (await (await admin.get(`/api/sign-ins?userId=${user.id}`)).json()).items;
    expect(theirs.map((e: { outcome: string; reason: string | null }) => [e.outcome, e.reason])).toEqual([
      ["failure", "wrong_password"],
      ["success", null],
    ]);
    expect(theirs[0]).toMatchObject({ email, name: user.name, userId: user.id });
    const everyone = (await (await admin.get("/api/sign-ins")).json()).items;
    expect(everyone.length).toBeGreaterThan(theirs.length);
    const manager = await api.as("manager@example.org");
    expect((await manager.get("/api/sign-ins")).status).toBe(403);
    expect((await manager.get(`/api/users/${user.id}`)).status).toBe(403);
  });

  it("signs an account out everywhere", async () => {
    const admin = await api.as("admin@example.org");
    const { user, client } = await newAccount(admin);
    expect((await admin.request("DELETE", `/api/users/${user.id}/sessions`)).status).toBe(204);
    expect((await client.get("/api/auth/me")).status).toBe(401);
    // Who ended whose sessions is recorded.
    const [entry] = (await (await admin.get(`/api/audit?resource=users&recordId=${user.id}`)).json()).items;
    expect(entry).toMatchObject({ action: "update", actorName: "Dev Halloran", detail: { sessionsEnded: "all" } });
  });

  it("spends a set-password link not yet used when the account's owner changes their password", async () => {
    const admin = await api.as("admin@example.org");
    const { user, email } = await newAccount(admin);
    const { setPasswordUrl } = await (await admin.request("POST", `/api/users/${user.id}/reset-password`)).json();
    // Until the link is used the old password still works (issue 11): its owner signs in and changes it.
    const owner = as((await signIn(email, strong)).cookie);
    const mine = "Lantern-orchard-58-ferry";
    expect(
      (await owner.request("POST", "/api/auth/password", { currentPassword: strong, password: mine })).status,
    ).toBe(204);
    const late = await api.anonymous.request("POST", "/api/auth/set-password", {
      token: tokenOf(setPasswordUrl),
      password: "Someone-elses-71-choice",
    });
    expect(late.status).toBe(400);
    expect((await owner.get("/api/auth/me")).status).toBe(200);
    expect((await signIn(email, mine)).response.status).toBe(200);
  });
});

describe("your account", () => {
  it("changes your password: the current one is checked, the new one must be strong, other sessions end", async () => {
    const admin = await api.as("admin@example.org");
    const { email, client } = await newAccount(admin);
    const other = as((await signIn(email, strong)).cookie);
    const wrong = await client.request("POST", "/api/auth/password", { currentPassword: "not-it", password: "x" });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()).errors as { path: string }[]).map((e) => e.path).sort()).toEqual(["password"]);
    const notCurrent = await client.request("POST", "/api/auth/password", {
      currentPassword: "not-it",
      password: "Quayside-lilac-93-anchor",
    });
    expect((await notCurrent.json()).errors).toEqual([
      { path: "currentPassword", message: "This is not your current password." },
    ]);
    const changed = await client.request("POST", "/api/auth/password", {
      currentPassword: strong,
      password: "Quayside-lilac-93-anchor",
    });
    expect(changed.status).toBe(204);
    expect((await client.get("/api/auth/me")).status).toBe(200);
    expect((await other.get("/api/auth/me")).status).toBe(401);
    expect((await signIn(email, "Quayside-lilac-93-anchor")).response.status).toBe(200);
  });

  it("lists your own sessions, marks this one, and signs one out", async () => {
    const admin = await api.as("admin@example.org");
    const { email, client } = await newAccount(admin);
    const other = as((await signIn(email, strong)).cookie);
    const listed = await (await client.get("/api/auth/sessions")).json();
    expect(listed.items).toHaveLength(2);
    expect(listed.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    for (const s of listed.items) expect(Object.keys(s).sort()).toEqual(["createdAt", "current", "id", "lastUsedAt"]);
    const theirs = listed.items.find((s: { current: boolean }) => !s.current);
    expect((await client.request("DELETE", `/api/auth/sessions/${theirs.id}`)).status).toBe(204);
    expect((await other.get("/api/auth/me")).status).toBe(401);
    const me = (await (await client.get("/api/auth/me")).json()).user;
    const [entry] = (await (await admin.get(`/api/audit?resource=users&recordId=${me.id}`)).json()).items;
    expect(entry).toMatchObject({ action: "update", actorId: me.id, detail: { sessionsEnded: "one" } });
    expect((await client.get("/api/auth/me")).status).toBe(200);
    // Someone else's session is not yours to end.
    const adminSessions = await (await admin.get("/api/auth/sessions")).json();
    expect((await client.request("DELETE", `/api/auth/sessions/${adminSessions.items[0].id}`)).status).toBe(404);
  });
});

describe("sign-in hygiene", () => {
  it("ends the session a browser carried when it signs in again", async () => {
    const first = await signIn("events@example.org", demoPassword);
    const again = await api.anonymous.request(
      "POST",
      "/api/auth/login",
      { email: "events@example.org", password: demoPassword },
      { cookie: first.cookie },
    );
    expect(again.status).toBe(200);
    expect((await as(first.cookie).get("/api/auth/me")).status).toBe(401);
  });

  it("refuses common passwords and ones with the email's name", async () => {
    const admin = await api.as("admin@example.org");
    const created = await (
      await admin.request("POST", "/api/users", { email: "ola.berg@example.org", name: "Ola Berg", role: "lead" })
    ).json();
    const token = tokenOf(created.setPasswordUrl);
    for (const [password, reason] of [
      ["password1234", /most common passwords/],
      ["qwertyuiop123", /most common passwords/],
      ["my-name-is-ola.berg", /email/],
    ] as const) {
      const response = await api.anonymous.request("POST", "/api/auth/set-password", { token, password });
      expect(response.status).toBe(422);
      expect((await response.json()).errors[0]).toMatchObject({
        path: "password",
        message: expect.stringMatching(reason),
      });
    }
  });
});
