import AxeBuilder from "@axe-core/playwright";
import { test as base, type ConsoleMessage, type Cookie, expect, type Page } from "@playwright/test";

export const password = "involve-demo";

/**
 * For requests the test makes itself (page.request): a reused keep-alive connection that
 * the server closes as idle just as a request goes out fails with ECONNRESET (seen here
 * once). Browsers retry that case on their own; Playwright's client does so only when asked.
 */
export const maxRetries = 2;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no separate tag for 2.2 level A rules). */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Console errors the app causes by design: none. (A signed-out visit makes no request
 * that fails: the app asks /api/auth/me only when the signed-in hint cookie is there;
 * see docs/decisions/003-session-cookies.md.) A test that provokes a failing request on
 * purpose declares it with `browserErrors.allowFailedRequest`.
 */
const expectedConsoleErrors: { status: number; path: string }[] = [];

function isExpected(message: ConsoleMessage, allowed: { status: number; path: string }[]): boolean {
  const failed = /^Failed to load resource: the server responded with a status of (\d{3})\b/.exec(message.text());
  if (!failed) return false;
  const { url } = message.location();
  const path = url ? new URL(url).pathname : "";
  return allowed.some((entry) => String(entry.status) === failed[1] && entry.path === path);
}

/** A page's identity for "was it checked": the path with ids folded, ignoring the query. */
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
export const routeOf = (url: string) => new URL(url).pathname.replace(uuid, ":id");

export type A11y = {
  /**
   * Runs axe on the page as it stands and fails on any WCAG 2.2 A/AA violation.
   * Call it once the page has settled (heading shown, data loaded). `state` names what
   * is on screen beyond the plain page (an open dialog, field errors, a message): a
   * route and state already checked earlier in this run are not scanned again, since
   * a scan takes seconds on these machines and repeats add nothing.
   */
  check: (state?: string) => Promise<void>;
};

export type BrowserErrors = {
  /** A test that provokes a failing request on purpose (a wrong password) declares it. */
  allowFailedRequest: (status: number, path: string) => void;
};

type Guards = { scanned: Set<string>; allowed: { status: number; path: string }[] };
type Fixtures = { a11y: A11y; browserErrors: BrowserErrors; _pageGuards: Guards };
type WorkerFixtures = { _axeChecked: Set<string>; sessions: Sessions };

/** Signed-in sessions by email, made once per worker (a sign-in hashes a password: ~1–2 s). */
export type Sessions = { cookiesFor: (email: string) => Promise<Cookie[]> };

/**
 * Every test gets a page that:
 * - fails the test on any console error or uncaught page error;
 * - records every page (route) the browser visits, and fails the test if one of them
 *   was never checked with `a11y.check()`, so "axe on every page visited" cannot
 *   quietly stop being true as tests change.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  _axeChecked: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      await use(new Set());
    },
    { scope: "worker" },
  ],

  sessions: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const cache = new Map<string, Promise<Cookie[]>>();
      const contexts: { dispose: () => Promise<void> }[] = [];
      const signIn = async (email: string) => {
        const api = await playwright.request.newContext({ ...(baseURL ? { baseURL } : {}) });
        contexts.push(api);
        const response = await api.post("/api/auth/login", { data: { email, password }, maxRetries });
        expect(response.status(), `sign-in as ${email}`).toBe(200);
        return (await api.storageState()).cookies;
      };
      await use({
        cookiesFor: (email) => {
          const cached = cache.get(email) ?? signIn(email);
          cache.set(email, cached);
          return cached;
        },
      });
      await Promise.all(contexts.map((api) => api.dispose()));
    },
    { scope: "worker" },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
  _pageGuards: async ({}, use) => {
    await use({ scanned: new Set(), allowed: [...expectedConsoleErrors] });
  },

  page: async ({ page, _pageGuards }, use, testInfo) => {
    const problems: string[] = [];
    const visited = new Set<string>();

    page.on("console", (message) => {
      if (message.type() !== "error" || isExpected(message, _pageGuards.allowed)) return;
      const { url, lineNumber } = message.location();
      problems.push(`console.error: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ""}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(routeOf(frame.url()));
    });

    await use(page);

    if (problems.length) await testInfo.attach("browser-errors.txt", { body: problems.join("\n\n") });
    expect(problems, "The browser reported errors").toEqual([]);
    const unchecked = [...visited].filter((route) => !_pageGuards.scanned.has(route));
    expect(unchecked, "Pages visited but never checked with axe (call a11y.check() there)").toEqual([]);
  },

  browserErrors: async ({ _pageGuards }, use) => {
    await use({ allowFailedRequest: (status, path) => _pageGuards.allowed.push({ status, path }) });
  },

  a11y: async ({ page, _pageGuards, _axeChecked }, use, testInfo) => {
    await use({
      check: async (state) => {
        const route = routeOf(page.url());
        const where = `${route}${state ? ` (${state})` : ""}`;
        _pageGuards.scanned.add(route);
        if (_axeChecked.has(where)) return;
        _axeChecked.add(where);
        // Legacy mode runs axe in the page itself instead of merging frame results in a new
        // blank page: the same rules, a second faster here, and this app has no iframes.
        const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
            v.nodes
              .map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`)
              .join("\n"),
        );
        if (violations.length) {
          await testInfo.attach(`axe-${where.replace(/[^a-z0-9]+/gi, "-")}.json`, {
            body: JSON.stringify(results.violations, null, 2),
            contentType: "application/json",
          });
        }
        expect.soft(violations, `axe: WCAG 2.2 A/AA violations on ${where}`).toEqual([]);
      },
    });
  },
});

export { expect };

/** The demo accounts of leads and the events team land on Needs attention; managers and admin on the Dashboard. */
export const landsOnAttention = (email: string) => /^(lead\d*|events)@/.test(email);

/** Signs in through the form, the way a person does. Leaves the browser on the role's landing page. */
export async function signInWithForm(page: Page, a11y: A11y, email: string) {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await a11y.check();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (landsOnAttention(email)) {
    await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    return;
  }
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Headline figures" })).toBeVisible();
}

/**
 * Gives the browser a session made through the API, for tests whose subject is something
 * else: quicker than the form, which has its own test. Sessions are shared by the tests
 * of a worker, so a test that signs out must sign in with the form.
 */
export async function signInWithApi(page: Page, sessions: Sessions, email: string) {
  await page.context().addCookies(await sessions.cookiesFor(email));
}

/** The Planned work list, loaded: heading, navigation and the rows the URL asks for. */
export async function expectPlannedWork(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Planned work" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planned work" }),
  ).toBeVisible();
  await expectListMatchesUrl(page);
}

type ListPage = { items: { title: string }[]; total: number; page: number; pageSize: number };

/**
 * The table shows what the API answers for the query in the address bar: the same total
 * (in the table's name) and the same titles in the same order. Waiting for this is how a
 * test knows the list has caught up with a filter, sort or page change.
 */
export async function expectListMatchesUrl(page: Page): Promise<ListPage> {
  const response = await page.request.get(`/api/work-items${new URL(page.url()).search}`, { maxRetries });
  expect(response.status(), "the API accepts the query in the URL").toBe(200);
  const list = (await response.json()) as ListPage;
  expect(list.total, "this check needs a non-empty list").toBeGreaterThan(0);
  const table = page.getByRole("table", { name: `Planned work, ${list.total} items` });
  await expect(table.getByRole("link")).toHaveText(list.items.map((item) => item.title));
  return list;
}

type Created = { id: string; title: string; version: number };

/** Makes a work item through the API as the signed-in user, for tests about editing or deleting one. */
export async function createWorkItemWithApi(page: Page, title: string, kind = "research"): Promise<Created> {
  const me = (await (await page.request.get("/api/auth/me", { maxRetries })).json()) as { user: { id: string } };
  const teams = (await (await page.request.get("/api/teams", { maxRetries })).json()) as {
    items: { id: string; name: string }[];
  };
  const team = teams.items.find((t) => t.name === "Research and evidence") ?? teams.items[0];
  const response = await page.request.post("/api/work-items", {
    data: {
      title,
      kind,
      teamId: team?.id,
      leadId: me.user.id,
      startDate: "2027-01-11",
      endDate: "2027-03-26",
      status: "planned",
      summary: "Made by an end-to-end test.",
    },
    maxRetries,
  });
  expect(response.status(), "create a work item through the API").toBe(201);
  return (await response.json()) as Created;
}

/** A title no other test run has used: runs share one database, and CI may retry a test. */
export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
