import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { LogFields } from "../../src/server/log";
import { setupApi } from "../setup/api";

/** Everything the app logs, kept for the test to read. */
const lines: { message: string; fields: LogFields }[] = [];
const log = {
  info: (fields: LogFields, message: string) => lines.push({ message, fields }),
  error: (fields: LogFields, message: string) => lines.push({ message, fields }),
};

const api = setupApi({ log });
const person = (name: string) => ({
  name,
  perspectives: ["patient"],
  consents: { contact: null, equalityMonitoring: null, namedPublicly: null },
});

describe("deployed behind a TLS-terminating proxy", () => {
  const behindProxy = setupApi({ publicUrl: "https://involve.example.org", trustProxy: true });

  it("names the session cookie __Host- and marks both cookies Secure", async () => {
    const response = await behindProxy.anonymous.request("POST", "/api/auth/login", {
      email: "lead@example.org",
      password: "involve-demo",
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((line) => line.startsWith("__Host-tracker_session="));
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; Path=\//);
    expect(session).not.toMatch(/Domain=/i);
    expect(cookies.find((line) => line.startsWith("tracker_signed_in="))).toMatch(/; Secure/);
    const cookie = (session ?? "").split(";")[0] as string;
    expect((await behindProxy.anonymous.request("GET", "/api/auth/me", undefined, { cookie })).status).toBe(200);
  });

  it("sends a year of HSTS and a CSP with base-uri, object-src and form-action on every answer", async () => {
    for (const response of [
      await behindProxy.anonymous.get("/api/health"),
      await behindProxy.anonymous.get("/api/people"),
    ]) {
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
      const csp = response.headers.get("content-security-policy") ?? "";
      for (const directive of ["base-uri 'none'", "object-src 'none'", "form-action 'self'", "script-src 'self'"])
        expect(csp).toContain(directive);
    }
  });

  it("clears both cookies on any 401, a failed sign-in included", async () => {
    const response = await behindProxy.anonymous.request("POST", "/api/auth/login", {
      email: "lead@example.org",
      password: "not-the-password",
    });
    expect(response.status).toBe(401);
    const cleared = response.headers.getSetCookie();
    expect(cleared.some((line) => /^__Host-tracker_session=;.*Max-Age=0/.test(line))).toBe(true);
    expect(cleared.some((line) => /^tracker_signed_in=;.*Max-Age=0/.test(line))).toBe(true);
  });

  /** The address a failed sign-in with these headers is recorded under, as admin reads it. */
  const recordedAddress = async (app: typeof api, forwardedFor: string) => {
    await app.anonymous.request(
      "POST",
      "/api/auth/login",
      { email: "events@example.org", password: "wrong-password-here" },
      { "x-forwarded-for": forwardedFor },
    );
    const admin = await app.as("admin@example.org");
    const { items } = await (await admin.get("/api/sign-ins")).json();
    return items.find((item: { email: string }) => item.email === "events@example.org")?.address;
  };

  it("records the client's address as the proxy gives it", async () => {
    // The proxy appends the address it saw; what the client put before it proves nothing.
    expect(await recordedAddress(behindProxy, "198.51.100.7, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For without TRUST_PROXY", async () => {
    expect(await recordedAddress(api, "198.51.100.7")).toBe("unknown");
  });
});

describe("cross-site requests", () => {
  it("refuses a write from another origin, or that the browser calls cross-site, with 403 problem+json", async () => {
    const lead = await api.as("lead@example.org");
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const response = await lead.request("POST", "/api/people", person("Cross Site"), headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    const deleted = await lead.request("DELETE", "/api/auth/sessions/00000000-0000-4000-8000-000000000000", undefined, {
      origin: "https://evil.example",
    });
    expect(deleted.status).toBe(403);
    const { items } = await (await lead.get("/api/people?search=Cross%20Site")).json();
    expect(items).toHaveLength(0);
  });

  it("lets the app's own pages and tools without Origin write as before", async () => {
    const lead = await api.as("lead@example.org");
    const own = await lead.request("POST", "/api/people", person("Same Origin"), {
      origin: "http://localhost",
      "sec-fetch-site": "same-origin",
    });
    expect(own.status).toBe(201);
    expect((await lead.request("POST", "/api/people", person("No Origin"))).status).toBe(201);
  });
});

describe("every /api answer", () => {
  it("carries no-store, errors included, and a 401 clears both cookies", async () => {
    const lead = await api.as("lead@example.org");
    const created = await (await lead.request("POST", "/api/people", person("Stale Version"))).json();
    const answers = {
      401: await api.anonymous.request("GET", "/api/people", undefined, {
        cookie: "tracker_session=forged; tracker_signed_in=1",
      }),
      404: await lead.get("/api/people/00000000-0000-4000-8000-000000000000"),
      409: await lead.request("PATCH", `/api/people/${created.id}`, { name: "Later", version: created.version + 5 }),
      413: await lead.request("POST", "/api/people", JSON.stringify({ name: "x".repeat(1_100_000) })),
      422: await lead.request("POST", "/api/people", { name: "" }),
    };
    for (const [status, response] of Object.entries(answers)) {
      expect(response.status).toBe(Number(status));
      expect(response.headers.get("cache-control"), status).toBe("no-store");
    }
    const cleared = answers[401].headers.getSetCookie();
    expect(cleared.some((line) => /^tracker_session=;.*Max-Age=0/.test(line))).toBe(true);
    expect(cleared.some((line) => /^tracker_signed_in=;.*Max-Age=0/.test(line))).toBe(true);
  });

  it("answers an unknown /api path 404 problem+json, whatever the method, signed in or not", async () => {
    const lead = await api.as("lead@example.org");
    for (const [method, client] of [
      ["GET", lead],
      ["POST", lead],
      ["DELETE", lead],
      ["GET", api.anonymous],
      ["PUT", api.anonymous],
    ] as const) {
      const response = await client.request(method, "/api/no-such-thing/42");
      expect(response.status, method).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("hostile text", () => {
  it("refuses NUL, other control characters and lone surrogates at the field, never a 500", async () => {
    const lead = await api.as("lead@example.org");
    for (const bad of ["a\u0000b", "a\u001bb", "a\ud800b"]) {
      const response = await lead.request("POST", "/api/people", { ...person(bad), notes: "fine" });
      expect(response.status, JSON.stringify(bad)).toBe(422);
      expect((await response.json()).errors).toEqual([
        { path: "name", message: "contains characters that cannot be stored" },
      ]);
    }
    const nested = await lead.request("POST", "/api/people", {
      ...person("Nested"),
      livedExperience: ["fine", "bad\u0000"],
    });
    expect((await nested.json()).errors).toEqual([
      { path: "livedExperience.1", message: "contains characters that cannot be stored" },
    ]);
    const query = await lead.get("/api/people?search=a%00b");
    expect(query.status).toBe(400);
    expect((await query.json()).errors).toEqual([
      { path: "search", message: "contains characters that cannot be stored" },
    ]);
    // Tabs and line breaks are text.
    expect((await lead.request("POST", "/api/people", { ...person("Tab\tand\nline") })).status).toBe(201);
  });
});

describe("logs", () => {
  it("carry the route pattern, status and user, never the path's ids or query values", async () => {
    const lead = await api.as("lead@example.org");
    lines.length = 0;
    await lead.get("/api/people?search=Quillfeather");
    await lead.get("/api/people/00000000-0000-4000-8000-000000000000");
    const requests = lines.filter((line) => line.message === "request").map((line) => line.fields);
    expect(requests).toEqual([
      expect.objectContaining({ method: "GET", route: "/api/people", status: 200, userId: expect.any(String) }),
      expect.objectContaining({ method: "GET", route: "/api/people/:id", status: 404 }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Quillfeather|00000000-0000/);
  });

  it("hold no personal data when the server fails on purpose: a database error by its code, constraint and table", async () => {
    const lead = await api.as("lead@example.org");
    // The database now refuses every new person: a failure the app does not expect.
    await api.db.execute(sql`alter table people add constraint people_refuse_all check (false) not valid`);
    try {
      lines.length = 0;
      const response = await lead.request("POST", "/api/people", {
        ...person("Ottoline Brackenbury"),
        email: "ottoline.brackenbury@example.org",
        notes: "Prefers afternoon sessions",
      });
      expect(response.status).toBe(500);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ status: 500, title: "Server error" });
    } finally {
      await api.db.execute(sql`alter table people drop constraint people_refuse_all`);
    }
    const logged = JSON.stringify(lines);
    expect(logged).not.toMatch(/Ottoline|Brackenbury|afternoon|insert into/i);
    const failure = lines.find((line) => line.message === "Unhandled error");
    expect(failure?.fields).toMatchObject({
      method: "POST",
      route: "/api/people",
      error: { type: "DatabaseError", code: "23514", constraint: "people_refuse_all", table: "people" },
    });
  });
});
