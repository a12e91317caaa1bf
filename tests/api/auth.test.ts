import { describe, expect, it } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { setupApi } from "../setup/api";

const api = setupApi();

describe("health and sign-in", () => {
  it("answers health without a session", async () => {
    const response = await api.anonymous.get("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("signs in and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const response = await api.anonymous.request("POST", "/api/auth/login", {
      email: "Manager@Example.org",
      password: demoPassword,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.user).toMatchObject({ email: "manager@example.org", role: "manager", name: expect.any(String) });
    expect(Object.keys(body.user).sort()).toEqual(["email", "id", "name", "role"]);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("marks the cookie Secure under HTTPS", async () => {
    const response = await api.app.request("https://tracker.example.org/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "manager@example.org", password: demoPassword }),
    });
    expect(response.headers.get("set-cookie")).toMatch(/Secure/i);
  });

  it("refuses wrong credentials with the same 401 whichever part is wrong", async () => {
    const wrongPassword = await api.anonymous.request("POST", "/api/auth/login", {
      email: "manager@example.org",
      password: "nope",
    });
    const wrongEmail = await api.anonymous.request("POST", "/api/auth/login", {
      email: "nobody@example.org",
      password: demoPassword,
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    expect(wrongPassword.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const [a, b] = [await wrongPassword.json(), await wrongEmail.json()];
    expect(a).toEqual(b);
    // No session: the only cookies are the ones every 401 clears.
    const cookies = wrongPassword.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const line of cookies) expect(line).toMatch(/^[\w-]+=;.*Max-Age=0/);
  });

  it("answers 422 with field errors for a sign-in with missing fields", async () => {
    const response = await api.anonymous.request("POST", "/api/auth/login", { email: "" });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["email", "password"]);
  });

  it("tells who is signed in, and 401 without a session", async () => {
    const lead = await api.as("lead@example.org");
    const me = await lead.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect((await me.json()).user).toMatchObject({ email: "lead@example.org", role: "lead" });
    expect((await api.anonymous.get("/api/auth/me")).status).toBe(401);
    expect(
      (await api.anonymous.request("GET", "/api/auth/me", undefined, { cookie: "tracker_session=forged" })).status,
    ).toBe(401);
  });

  it("kills the session on the server at sign-out", async () => {
    const admin = await api.as("admin@example.org");
    const out = await admin.request("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/tracker_session=;/);
    // The same cookie replayed is dead.
    expect((await admin.get("/api/auth/me")).status).toBe(401);
    expect((await admin.get("/api/work-items")).status).toBe(401);
  });

  it("never returns a password hash or token in any response", async () => {
    const admin = await api.as("admin@example.org");
    for (const path of ["/api/auth/me", "/api/users", "/api/teams", "/api/work-items"]) {
      const text = await (await admin.get(path)).text();
      // No hash, no password or token field (signedInWith: "password" says how, and is not one).
      expect(text).not.toMatch(/scrypt\$|"[a-z_]*password[a-z_]*"\s*:|token/i);
    }
  });
});

describe("every other endpoint needs a session", () => {
  it.each([
    ["GET", "/api/teams"],
    ["GET", "/api/users"],
    ["GET", "/api/work-items"],
    ["POST", "/api/work-items"],
    ["GET", "/api/work-items/00000000-0000-4000-8000-000000000000"],
    ["PATCH", "/api/work-items/00000000-0000-4000-8000-000000000000"],
    ["DELETE", "/api/work-items/00000000-0000-4000-8000-000000000000"],
    ["GET", "/api/openapi.json"],
    ["POST", "/api/auth/logout"],
  ])("%s %s → 401 problem+json", async (method, path) => {
    const response = await api.anonymous.request(
      method,
      path,
      method === "POST" || method === "PATCH" ? {} : undefined,
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, title: expect.any(String), detail: expect.any(String) });
  });
});
