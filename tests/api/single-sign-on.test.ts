import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../src/db/schema";
import { createApp } from "../../src/server/app";
import type { AppDeps } from "../../src/server/deps";
import { setupApi } from "../setup/api";
import { type IdentityProvider, startIdentityProvider } from "../setup/identity-provider";
import { testPasswords } from "../setup/test-db";

/**
 * Single sign-on through a real OpenID provider (oidc-provider on loopback): the test plays the
 * browser, following redirects between the app and the provider and keeping each one's cookies.
 */
const publicUrl = "http://tracker.test";
const client = { clientId: "involvement-tracker", clientSecret: "a-test-client-secret" };

// Filled in before setupApi's beforeAll reads it: the provider's port is known only once it listens.
const options: Omit<AppDeps, "db" | "passwords"> = { mfaRequired: "all", publicUrl };
let provider: IdentityProvider;
beforeAll(async () => {
  provider = await startIdentityProvider({
    ...client,
    redirectUri: `${publicUrl}/api/auth/oidc/callback`,
    unverifiedEmails: ["events@example.org"],
  });
  options.singleSignOn = { issuer: provider.issuer, ...client, redirectUri: `${publicUrl}/api/auth/oidc/callback` };
});
afterAll(() => provider?.close());
const api = setupApi(options);

/** One browser: cookies per host, as a browser keeps them. */
function browser(app = () => api.app, idp = () => provider) {
  const jars = new Map<string, Map<string, string>>();
  const hostOf = (url: string) => new URL(url, publicUrl).host;
  const cookieHeader = (url: string) =>
    [...(jars.get(hostOf(url)) ?? new Map())].map(([name, value]) => `${name}=${value}`).join("; ");
  const keep = (url: string, response: Response) => {
    const jar = jars.get(hostOf(url)) ?? new Map<string, string>();
    jars.set(hostOf(url), jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, pair.slice(pair.indexOf("=") + 1));
    }
  };
  /** A request to the app (by path) or to the provider (by its address), without following redirects. */
  const go = async (url: string, init: RequestInit = {}) => {
    const headers = { ...(init.headers as Record<string, string>), cookie: cookieHeader(url) };
    const response = url.startsWith("/")
      ? await app().request(url, { ...init, headers })
      : await fetch(url, { ...init, headers, redirect: "manual" });
    keep(url, response);
    return response;
  };
  const follow = (response: Response, from: string) =>
    new URL(response.headers.get("location") ?? "", new URL(from, publicUrl)).href;
  /** Where an app address leads: the path when it is the app's own. */
  const onApp = (href: string) => (href.startsWith(publicUrl) ? href.slice(publicUrl.length) : href);

  return {
    go,
    sessionCookie: () => jars.get(hostOf(publicUrl))?.get("tracker_session"),
    /**
     * Start at the app, sign in at the provider as `email`, and return the app's last answer
     * (the callback's redirect). `tamper` may change the callback address before it is followed.
     */
    async signIn(email: string, { returnTo = "/work-items", tamper = (url: string) => url } = {}) {
      const started = await go(`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
      expect(started.status).toBe(302);
      let url = follow(started, "/");
      expect(url.startsWith(idp().issuer)).toBe(true);
      // The provider's own redirects, to its sign-in page.
      let response = await go(url);
      while (response.status >= 300 && response.status < 400 && !follow(response, url).startsWith(publicUrl)) {
        url = follow(response, url);
        response = await go(url);
      }
      expect(response.status, "the provider's sign-in page").toBe(200);
      expect(await response.text()).toContain("Organisation sign-in");
      const uid = url.split("/interaction/")[1];
      response = await go(`${idp().issuer}/interaction/${uid}/login`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email }).toString(),
      });
      url = follow(response, url);
      while (!url.startsWith(publicUrl)) {
        response = await go(url);
        expect(response.status).toBeGreaterThanOrEqual(300);
        url = follow(response, url);
      }
      return { callback: onApp(tamper(url)), answer: await go(onApp(tamper(url))) };
    },
  };
}

const landing = (response: Response) => response.headers.get("location");

describe("single sign-on with OpenID Connect", () => {
  it("says on the sign-in options that single sign-on is set up", async () => {
    const response = await api.anonymous.get("/api/auth/options");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ singleSignOn: true });
  });

  it("sends the browser to the provider with PKCE (S256), state and nonce", async () => {
    const response = await api.anonymous.get("/api/auth/oidc/start");
    expect(response.status).toBe(302);
    const url = new URL(response.headers.get("location") ?? "");
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get("client_id")).toBe(client.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(`${publicUrl}/api/auth/oidc/callback`);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email"]));
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("tracker_sso="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it("signs in the active account with the provider's verified email and returns to the page asked for", async () => {
    const person = browser();
    const { answer } = await person.signIn("Lead@Example.org", { returnTo: "/work-items?status=planned" });
    expect(answer.status).toBe(302);
    expect(landing(answer)).toBe("/work-items?status=planned");
    expect(person.sessionCookie()).toBeTruthy();

    const me = await person.go("/api/auth/me");
    expect(me.status).toBe(200);
    const body = await me.json();
    expect(body.user.email).toBe("lead@example.org");
    expect(body.signedInWith).toBe("sso");
    // MFA_REQUIRED=all here: the provider did the second step, so nothing is asked of them.
    expect(body.twoStep.required).toBe(false);
    expect((await person.go("/api/work-items")).status).toBe(200);
  });

  it("shows admin that the account now signs in both ways, and records the sign-in", async () => {
    const admin = browser();
    expect(landing((await admin.signIn("admin@example.org")).answer)).toBe("/work-items");
    const list = await (await admin.go("/api/users")).json();
    const lead = list.items.find((user: { email: string }) => user.email === "lead@example.org");
    expect(lead.signIn).toBe("both");
    const manager = list.items.find((user: { email: string }) => user.email === "manager@example.org");
    expect(manager.signIn).toBe("local");
    const signIns = await (await admin.go("/api/sign-ins")).json();
    expect(signIns.items[0]).toMatchObject({ email: "admin@example.org", outcome: "success" });
    // Linking the organisation account changed the account: in the audit, once (not at every
    // sign-in), by the lead themselves, without the provider's identifier.
    const audit = await (await admin.go(`/api/audit?resource=users&recordId=${lead.id}`)).json();
    const links = audit.items.filter((entry: { detail: unknown }) =>
      JSON.stringify(entry.detail).includes("single sign-on"),
    );
    expect(links).toEqual([
      expect.objectContaining({
        action: "update",
        actorName: "Priya Ashworth",
        changes: [{ field: "organisationAccount", before: null, after: "changed" }],
      }),
    ]);
  });

  it("refuses an email with no account here and sends the browser to the page that says to ask an admin", async () => {
    const stranger = browser();
    const { answer } = await stranger.signIn("someone.new@example.org");
    expect(answer.status).toBe(302);
    expect(landing(answer)).toBe("/sign-in?sso=no-account");
    expect(stranger.sessionCookie()).toBeUndefined();
    const [user] = await api.db.select().from(users).where(eq(users.email, "someone.new@example.org"));
    expect(user, "no self-registration").toBeUndefined();
  });

  it("refuses a disabled account the same way, and an email the provider does not vouch for", async () => {
    await api.db.update(users).set({ disabled: true }).where(eq(users.email, "lead3@example.org"));
    const leaver = browser();
    expect(landing((await leaver.signIn("lead3@example.org")).answer)).toBe("/sign-in?sso=no-account");
    expect(leaver.sessionCookie()).toBeUndefined();

    const unverified = browser();
    expect(landing((await unverified.signIn("events@example.org")).answer)).toBe("/sign-in?sso=no-account");
    expect(unverified.sessionCookie()).toBeUndefined();
  });

  it("refuses an answer whose state was changed, and a code used twice", async () => {
    const tampered = browser();
    const { answer } = await tampered.signIn("lead2@example.org", {
      tamper: (url) => url.replace(/state=[^&]+/, "state=forged"),
    });
    expect(landing(answer)).toBe("/sign-in?sso=failed");
    expect(tampered.sessionCookie()).toBeUndefined();

    const first = browser();
    const { callback } = await first.signIn("lead2@example.org");
    expect(first.sessionCookie()).toBeTruthy();
    // The same answer again (another tab, or someone who saw the address): the request was spent.
    const replay = await first.go(callback);
    expect(landing(replay)).toBe("/sign-in?sso=failed");
  });

  it("refuses an answer brought to a browser that did not start the sign-in", async () => {
    const victim = browser();
    const started = browser();
    // Someone else's callback address (not followed by them), opened where no sign-in was started.
    const { callback: theirs } = await started.signIn("lead2@example.org", {
      tamper: (url) => url.replace("/api/auth/oidc/callback", "/api/auth/oidc/not-followed"),
    });
    const answer = await victim.go(theirs.replace("/api/auth/oidc/not-followed", "/api/auth/oidc/callback"));
    expect(landing(answer)).toBe("/sign-in?sso=failed");
    expect(victim.sessionCookie()).toBeUndefined();
  });

  it("goes home rather than to another site after sign-in", async () => {
    const person = browser();
    expect(landing((await person.signIn("lead2@example.org", { returnTo: "//evil.example/" })).answer)).toBe("/");
  });

  it("takes the email from the ID token when the provider puts it there, as Microsoft Entra ID does", async () => {
    const redirectUri = `${publicUrl}/api/auth/oidc/callback`;
    const entraLike = await startIdentityProvider({ ...client, redirectUri, emailInIdToken: true });
    try {
      const app = createApp({
        db: api.db,
        passwords: testPasswords,
        publicUrl,
        singleSignOn: { issuer: entraLike.issuer, ...client, redirectUri },
      });
      const person = browser(
        () => app,
        () => entraLike,
      );
      expect(landing((await person.signIn("manager@example.org")).answer)).toBe("/work-items");
      const me = await (await person.go("/api/auth/me")).json();
      expect(me.user.email).toBe("manager@example.org");
    } finally {
      await entraLike.close();
    }
  });
});
